using System.Text.Json.Nodes;
using RoleBot.TestKit.Slack;

namespace RoleBot.Tests.Channels.Slack;

public sealed class SocketModeTests
{
    private static Task<SlackHost> StartAsync() => SlackHost.StartAsync(new Dictionary<string, string?>
    {
        ["Slack:AppToken"] = "xapp-test-app-token",
        ["Slack:SocketModeReconnectDelay"] = "00:00:00.100",
    });

    private static JsonObject Hello() => new()
    {
        ["type"] = "hello", ["num_connections"] = 1,
        ["debug_info"] = new JsonObject { ["host"] = "fake", ["build_number"] = 1, ["approximate_connection_time"] = 18060 },
        ["connection_info"] = new JsonObject { ["app_id"] = "A0001" },
    };

    [Fact]
    public async Task SocketMode_EventsEnvelope_AckedAndAnsweredThenReconnectsOnDisconnect()
    {
        await using var host = await StartAsync();
        var socket = await host.Slack.NextSocketAsync();
        var open = Assert.Single(host.Slack.CallsTo("apps.connections.open"));
        Assert.Equal("Bearer xapp-test-app-token", open.Authorization);

        await socket.SendAsync(Hello());
        var payload = SlackHost.Mention("EvSocket1", $"<@{FakeSlackApi.BotUserId}> Does an ML engineer need Spark?", "1700000200.000100");
        await socket.SendAsync(new JsonObject
        {
            ["envelope_id"] = "57d6a792-4d35-4d0b-b6aa-3361493e1caf", ["type"] = "events_api", ["payload"] = payload,
            ["accepts_response_payload"] = false, ["retry_attempt"] = 0, ["retry_reason"] = "",
        });
        var ack = await socket.ReceiveAsync();
        Assert.Equal("57d6a792-4d35-4d0b-b6aa-3361493e1caf", (string?)ack!["envelope_id"]);

        var post = (await host.Slack.WaitForAsync(c => c.Method == "chat.postMessage"))[0];
        Assert.Equal("1700000200.000100", (string?)post.Body["thread_ts"]);
        Assert.Equal("Bearer " + SlackHost.BotToken, post.Authorization);

        await socket.SendAsync(new JsonObject { ["type"] = "disconnect", ["reason"] = "refresh_requested" });
        var second = await host.Slack.NextSocketAsync();
        Assert.Equal(2, host.Slack.CallsTo("apps.connections.open").Count());

        // The same event redelivered on the new socket (a late-ack retry) is acked again but answered once.
        await second.SendAsync(Hello());
        await second.SendAsync(new JsonObject { ["envelope_id"] = "env-2", ["type"] = "events_api", ["payload"] = payload.DeepClone(), ["retry_attempt"] = 1, ["retry_reason"] = "timeout" });
        Assert.Equal("env-2", (string?)(await second.ReceiveAsync())!["envelope_id"]);
        await host.MarkerAnsweredAsync();
        Assert.Single(host.Slack.CallsTo("chat.postMessage"), c => (string?)c.Body["channel"] == "C0CHANNEL");
        socket.Release();
        second.Release();
    }

    [Fact]
    public async Task SocketMode_SlashCommandEnvelope_AckCarriesEphemeralReply()
    {
        await using var host = await StartAsync();
        var socket = await host.Slack.NextSocketAsync();
        await socket.SendAsync(Hello());
        await socket.SendAsync(new JsonObject
        {
            ["envelope_id"] = "env-cmd", ["type"] = "slash_commands", ["accepts_response_payload"] = true,
            ["payload"] = new JsonObject
            {
                ["command"] = "/rolebot", ["text"] = "does an ML engineer need Spark?", ["team_id"] = "T0001", ["channel_id"] = "C0CHANNEL",
                ["user_id"] = "U0ALICE", ["response_url"] = host.Slack.ResponseUrl("socket-cmd").AbsoluteUri,
            },
        });
        var ack = await socket.ReceiveAsync();
        Assert.Equal("env-cmd", (string?)ack!["envelope_id"]);
        Assert.Equal("ephemeral", (string?)ack["payload"]?["response_type"]);
        var answer = (await host.Slack.WaitForAsync(c => c.Method == "response_url"))[0];
        Assert.Contains("Spark", answer.Body["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        socket.Release();
    }

    [Fact]
    public async Task SocketMode_GarbageFrameAndSocketDrop_ReconnectsWithBackoff()
    {
        await using var host = await StartAsync();
        var socket = await host.Slack.NextSocketAsync();
        await socket.SendAsync(new JsonObject { ["no_type"] = true });
        await socket.SendAsync(new JsonObject { ["envelope_id"] = "env-x", ["type"] = "events_api", ["payload"] = "not an object" });
        Assert.Equal("env-x", (string?)(await socket.ReceiveAsync())!["envelope_id"]);

        // The server side ends the socket without a disconnect frame: RoleBot opens a new connection.
        socket.Release();
        await host.Slack.NextSocketAsync();
        Assert.Equal(2, host.Slack.CallsTo("apps.connections.open").Count());
    }

    [Fact]
    public async Task SocketMode_ConnectionsOpenFails_RetriesAfterBackoff()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        slack.FailNext("apps.connections.open", System.Net.HttpStatusCode.InternalServerError);
        slack.FailNext("apps.connections.open", System.Net.HttpStatusCode.TooManyRequests);
        await using var server = await RoleBot.Tests.Hosting.RoleBotServer.StartAsync(new Dictionary<string, string?>
        {
            ["Slack:AppToken"] = "xapp-test-app-token",
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.AbsoluteUri,
            ["Slack:SocketModeReconnectDelay"] = "00:00:00.200",
        });
        var socket = await slack.NextSocketAsync();
        var opens = slack.CallsTo("apps.connections.open").ToList();
        Assert.Equal(3, opens.Count);
        Assert.All(opens, o => Assert.Equal("Bearer xapp-test-app-token", o.Authorization));
        socket.Release();
    }

    [Fact]
    public async Task SocketMode_InteractiveEnvelope_VoteStoredAndMessageUpdated()
    {
        await using var host = await StartAsync();
        var socket = await host.Slack.NextSocketAsync();
        await socket.SendAsync(Hello());
        var value = RoleBot.Channels.Slack.SlackActions.Encode("Does an ML engineer need Spark?");
        await socket.SendAsync(new JsonObject
        {
            ["envelope_id"] = "env-vote", ["type"] = "interactive", ["accepts_response_payload"] = false,
            ["payload"] = new JsonObject
            {
                ["type"] = "block_actions", ["user"] = new JsonObject { ["id"] = "U0CAROL" }, ["team"] = new JsonObject { ["id"] = "T0001" },
                ["channel"] = new JsonObject { ["id"] = "C0CHANNEL" },
                ["message"] = new JsonObject { ["ts"] = "1700000500.000100", ["text"] = "Yes", ["blocks"] = new JsonArray() },
                ["response_url"] = host.Slack.ResponseUrl("socket-vote").AbsoluteUri,
                ["actions"] = new JsonArray(new JsonObject { ["action_id"] = "rolebot_helpful", ["value"] = value, ["type"] = "button" }),
            },
        });
        Assert.Equal("env-vote", (string?)(await socket.ReceiveAsync())!["envelope_id"]);
        var update = (await host.Slack.WaitForAsync(c => c.Method == "response_url"))[0];
        Assert.Contains("Marked helpful", update.Body.ToJsonString(), StringComparison.Ordinal);
        var store = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<RoleBot.State.IFeedbackStore>(host.Server.Services);
        var vote = Assert.Single(await store.RecentFeedbackAsync(5, TestContext.Current.CancellationToken));
        Assert.Equal(("slack", true, "U0CAROL"), (vote.Channel, vote.Helpful, vote.UserId));
        socket.Release();
    }
}
