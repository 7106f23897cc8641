using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Knowledge.Retrieval;
using RoleBot.State;
using RoleBot.TestKit.Operations;
using RoleBot.TestKit.Slack;
using RoleBot.Tests.Channels.Slack;
using RoleBot.Tests.Channels.Teams;
using RoleBot.Tests.Hosting;
using RoleBot.Tests.Web;

namespace RoleBot.Tests.Operations;

/// <summary>
/// Redis is optional for answers (issue 11, item 8): with Redis silent or stopped every channel still answers (without
/// de-duplication, conversation context or feedback storage), /healthz never waits for it, /readyz says so, and
/// everything recovers when Redis is back. A real redis-server is stopped and restarted on the same port.
/// </summary>
public sealed class RedisOutageTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private const string Unanswered = "How do I book a meeting room?";

    [Fact]
    public async Task FreshProcess_RedisAcceptsButNeverAnswers_FirstConcurrentRequestsAnswer()
    {
        // A listener that accepts connections and never speaks: connecting to it can only time out (here after 60 s).
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start(100);
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        await using var server = await RoleBotServer.StartAsync(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = $"127.0.0.1:{port},connectTimeout=60000",
            ["Reload:Enabled"] = "false",
            ["RateLimit:PermitsPerMinute"] = "0",
        });
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        guard.CancelAfter(TimeSpan.FromSeconds(30));            // a guard: before the fix they waited the full minute

        var asks = Enumerable.Range(0, 12).Select(i => server.Client.GetAsync("/api/ask?q=" + Uri.EscapeDataString(i % 2 == 0 ? "does an MLE need Spark?" : Unanswered + i), guard.Token));
        var playground = server.Client.PostAsJsonAsync("/api/playground/ask", new { question = "What skills does an ML engineer need?", sessionId = Guid.NewGuid().ToString("N") }, guard.Token);
        var healthz = server.Client.GetAsync("/healthz", guard.Token);
        var responses = await Task.WhenAll([.. asks, playground, healthz]);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var ready = await server.Client.GetFromJsonAsync<JsonElement>("/readyz", guard.Token);
        Assert.Equal("redis unreachable", ready.GetProperty("stateStore").GetString());
        Assert.Equal("degraded", ready.GetProperty("status").GetString());
    }

    [Fact]
    public async Task RedisStopped_WebAndStateDegradeWithoutErrors_ThenRecover()
    {
        await using var redis = await RedisServerProcess.StartAsync(Cancel);
        await using var server = await RoleBotServer.StartAsync(Settings(redis));
        await WaitForStateStoreAsync(server, "redis");
        var deduplicator = server.Services.GetRequiredService<IEventDeduplicator>();
        var conversations = server.Services.GetRequiredService<IConversationStore>();

        await redis.StopAsync();
        await WaitForStateStoreAsync(server, "redis unreachable");

        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/healthz", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/api/ask?q=" + Uri.EscapeDataString(Unanswered), Cancel)).StatusCode);
        var answer = await PlaygroundApiTests.AskAsync(server, "does an MLE need Spark?", Guid.NewGuid().ToString("N"));
        Assert.True(answer.GetProperty("answered").GetBoolean());
        // Without Redis a delivery cannot be checked across replicas: it is answered (perhaps twice), never dropped.
        Assert.True(await deduplicator.TryBeginAsync("ev-during-outage", Cancel));
        await conversations.SetAsync("conv-during-outage", new ConversationContext("q", QuestionShape.Open, [], "t"), Cancel);
        Assert.Null(await conversations.GetAsync("conv-during-outage", Cancel));

        await redis.RestartAsync(Cancel);
        await WaitForStateStoreAsync(server, "redis");

        Assert.True(await deduplicator.TryBeginAsync("ev-after-outage", Cancel));
        Assert.False(await deduplicator.TryBeginAsync("ev-after-outage", Cancel));
        var ready = await server.Client.GetFromJsonAsync<JsonElement>("/readyz", Cancel);
        Assert.Equal("ready", ready.GetProperty("status").GetString());
    }

    [Fact]
    public async Task RedisStopped_TeamsMessage_IsAnsweredNot500()
    {
        await using var redis = await RedisServerProcess.StartAsync(Cancel);
        await using var bed = await BotFrameworkTestBed.StartAsync(Settings(redis));
        await WaitForStateStoreAsync(bed.Server, "redis");

        await redis.StopAsync();
        await WaitForStateStoreAsync(bed.Server, "redis unreachable");
        var response = await bed.PostAsync(TeamsActivities.Personal(bed.Connector.ServiceUrl, "Does an ML engineer need Spark?"));

        Assert.True(response.IsSuccessStatusCode, $"Teams message answered {(int)response.StatusCode}");
        var reply = await bed.Connector.WaitForMessageAsync(cancellationToken: Cancel);
        Assert.Contains("Spark", reply.Activity.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RedisStopped_SlackEvents_AreEachAnswered()
    {
        await using var redis = await RedisServerProcess.StartAsync(Cancel);
        await using var slack = await SlackHost.StartAsync(Settings(redis));
        await WaitForStateStoreAsync(slack.Server, "redis");

        await redis.StopAsync();
        await WaitForStateStoreAsync(slack.Server, "redis unreachable");
        const int events = 8;
        for (var i = 0; i < events; i++)
        {
            var payload = SlackHost.Mention($"EvOutage{i:D4}", $"<@{FakeSlackApi.BotUserId}> Does an ML engineer need Spark?", $"1700000200.{i:D6}", channel: "C0OUTAGE");
            Assert.Equal(HttpStatusCode.OK, (await slack.PostEventAsync(payload)).StatusCode);
        }

        await slack.MarkerAnsweredAsync();
        Assert.Equal(events, slack.Slack.CallsTo("chat.postMessage").Count(c => (string?)c.Body["channel"] == "C0OUTAGE"));
    }

    private static Dictionary<string, string?> Settings(RedisServerProcess redis) => new()
    {
        ["Redis:Configuration"] = redis.Configuration,
        ["Reload:Enabled"] = "false",
        ["RateLimit:PermitsPerMinute"] = "0",
    };

    private static async Task WaitForStateStoreAsync(RoleBotServer server, string expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var response = await server.Client.GetAsync("/readyz", Cancel);
            var ready = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
            if (ready.TryGetProperty("stateStore", out var state) && state.GetString() == expected)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"/readyz did not report state store '{expected}' within 60 s: {ready}");
            await Task.Delay(100, Cancel);
        }
    }
}
