using System.Text.Json.Nodes;
using RoleBot.TestKit.Slack;
using RoleBot.Tests.Hosting;

namespace RoleBot.Tests.Channels.Slack;

/// <summary>The real RoleBot on Kestrel wired to a <see cref="FakeSlackApi"/>, with a known signing secret.</summary>
public sealed class SlackHost : IAsyncDisposable
{
    public const string Secret = "test-signing-secret-0123456789abcdef";
    public const string BotToken = "xoxb-test-bot-token";

    private SlackHost(FakeSlackApi slack, RoleBotServer server)
    {
        Slack = slack;
        Server = server;
    }

    public FakeSlackApi Slack { get; }

    public RoleBotServer Server { get; }

    public static async Task<SlackHost> StartAsync(IDictionary<string, string?>? extra = null, bool withSecret = true,
        Action<Microsoft.AspNetCore.Builder.WebApplicationBuilder>? configure = null, string environment = "Development")
    {
        var slack = await FakeSlackApi.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = BotToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.AbsoluteUri,

            // One worker answers in arrival order, so a marker question's answer proves earlier ones were handled.
            ["Slack:ReplyWorkers"] = "1",
        };
        if (withSecret)
        {
            settings["Slack:SigningSecret"] = Secret;
        }

        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return new SlackHost(slack, await RoleBotServer.StartAsync(settings, configure: configure, environment: environment));
    }

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) =>
        Server.Client.SendAsync(request, TestContext.Current.CancellationToken);

    public Task<HttpResponseMessage> PostEventAsync(JsonObject payload, DateTimeOffset? at = null, int? retryNum = null)
    {
        var request = SignedSlackRequest.Json("/api/slack/events", payload.ToJsonString(), Secret, at);
        if (retryNum is { } n)
        {
            request.Headers.Add("X-Slack-Retry-Num", n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return SendAsync(request);
    }

    public static JsonObject Mention(string eventId, string text, string ts, string? threadTs = null, string channel = "C0CHANNEL", string user = "U0ALICE")
    {
        var ev = new JsonObject
        {
            ["type"] = "app_mention", ["user"] = user, ["text"] = text, ["ts"] = ts, ["channel"] = channel, ["event_ts"] = ts,
        };
        if (threadTs is not null)
        {
            ev["thread_ts"] = threadTs;
        }

        return Callback(eventId, ev);
    }

    public static JsonObject DirectMessage(string eventId, string text, string ts, string channel = "D0DIRECT", string user = "U0ALICE") =>
        Callback(eventId, new JsonObject
        {
            ["type"] = "message", ["channel_type"] = "im", ["user"] = user, ["text"] = text, ["ts"] = ts, ["channel"] = channel,
        });

    public static JsonObject Callback(string eventId, JsonObject ev) => new()
    {
        ["token"] = "deprecated-verification-token",
        ["team_id"] = "T0001",
        ["api_app_id"] = "A0001",
        ["type"] = "event_callback",
        ["event_id"] = eventId,
        ["event_time"] = 1_700_000_000,
        ["event"] = ev,
        ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = "T0001", ["user_id"] = FakeSlackApi.BotUserId, ["is_bot"] = true }),
    };

    /// <summary>Posts a plain question as a marker and waits for its answer: everything sent before it has been processed.</summary>
    public async Task<SlackApiCall> MarkerAnsweredAsync(string channel = "C0MARKER")
    {
        var response = await PostEventAsync(Mention("EvMarker" + Guid.NewGuid().ToString("N"), $"<@{FakeSlackApi.BotUserId}> Does an ML engineer need Spark?", "1700000999.000001", channel: channel));
        response.EnsureSuccessStatusCode();
        return (await Slack.WaitForAsync(c => c.Method == "chat.postMessage" && (string?)c.Body["channel"] == channel))[0];
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
