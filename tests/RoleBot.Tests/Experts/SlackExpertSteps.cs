using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Experts;
using RoleBot.TestKit.Slack;
using RoleBot.Tests.Channels.Slack;

namespace RoleBot.Tests.Experts;

/// <summary>What Slack sends and shows in an experts hand-off, built the way Slack builds it.</summary>
internal static class SlackExpertSteps
{
    public const string Mention = "<@" + FakeSlackApi.BotUserId + ">";

    public const string ExpertsYaml = """
        channels:
          slack: C0EXPERTS
        experts:
          ana: { name: Ana Lima, slack: U0ANA, teams: "29:1ana" }
        routes:
          - folder: team/
            experts: [ana]
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Asks in a channel thread by mention and returns RoleBot's posted answer.</summary>
    public static async Task<JsonObject> AskAsync(SlackHost host, string question, string ts, string channel = "C0CHANNEL")
    {
        Assert.Equal(HttpStatusCode.OK, (await host.PostEventAsync(SlackHost.Mention("Ev" + Guid.NewGuid().ToString("N"), $"{Mention} {question}", ts, channel: channel))).StatusCode);
        return (await host.Slack.WaitForAsync(c => c.Method == "chat.postMessage" && (string?)c.Body["channel"] == channel && (string?)c.Body["thread_ts"] == ts))[0].Body;
    }

    public static JsonObject? Button(JsonNode? blocks, string actionId) =>
        blocks?.AsArray().SelectMany(b => b!["elements"]?.AsArray() ?? []).FirstOrDefault(e => (string?)e!["action_id"] == actionId) as JsonObject;

    /// <summary>A block_actions payload for <paramref name="actionId"/> on a message RoleBot posted in <paramref name="channel"/>.</summary>
    public static JsonObject Click(FakeSlackApi slack, JsonObject message, string actionId, string user, string channel, string messageTs, string threadTs, bool ephemeral = false)
    {
        var button = Button(message["blocks"], actionId) ?? throw new InvalidOperationException($"no {actionId} button in {message}");
        return new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = user },
            ["team"] = new JsonObject { ["id"] = "T0001" },
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = messageTs, ["channel_id"] = channel, ["is_ephemeral"] = ephemeral },
            ["channel"] = new JsonObject { ["id"] = channel },
            ["message"] = new JsonObject
            {
                ["type"] = "message", ["ts"] = messageTs, ["thread_ts"] = threadTs,
                ["text"] = message["text"]?.DeepClone(), ["blocks"] = message["blocks"]?.DeepClone(),
            },
            ["response_url"] = slack.ResponseUrl("click-" + actionId).AbsoluteUri,
            ["actions"] = new JsonArray(new JsonObject { ["action_id"] = actionId, ["value"] = button["value"]!.DeepClone(), ["type"] = "button" }),
        };
    }

    public static async Task ClickAsync(SlackHost host, JsonObject payload)
    {
        var response = await host.SendAsync(SignedSlackRequest.Form("/api/slack/interactions", [new("payload", payload.ToJsonString())], SlackHost.Secret));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A person's reply in a thread (message event with thread_ts), as Slack sends it for message.channels.</summary>
    public static JsonObject ThreadReply(string channel, string threadTs, string user, string text, string ts) =>
        SlackHost.Callback("Ev" + Guid.NewGuid().ToString("N"), new JsonObject
        {
            ["type"] = "message", ["channel_type"] = "channel", ["channel"] = channel, ["user"] = user, ["text"] = text,
            ["ts"] = ts, ["thread_ts"] = threadTs, ["event_ts"] = ts,
        });

    /// <summary>The newest stored hand-off once one exists (the expert's thread is found through it).</summary>
    public static async Task<Handoff> HandoffAsync(IServiceProvider services, Func<Handoff, bool>? match = null)
    {
        var store = services.GetRequiredService<IHandoffStore>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var found = (await store.ListAsync(50, cancellationToken: Ct)).FirstOrDefault(h => match?.Invoke(h) ?? true);
            if (found is not null)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, "no matching hand-off was stored");
            await Task.Delay(50, Ct);
        }
    }

    public static IEnumerable<string> Texts(JsonNode? blocks) =>
        (blocks?.AsArray() ?? []).SelectMany(b => new[] { b!["text"] }.Concat(b["elements"]?.AsArray() ?? []).Select(TextOf)).OfType<string>();

    private static string? TextOf(JsonNode? node) => node switch
    {
        JsonValue value => value.TryGetValue<string>(out var text) ? text : null,
        JsonObject obj => TextOf(obj["text"]),
        _ => null,
    };
}
