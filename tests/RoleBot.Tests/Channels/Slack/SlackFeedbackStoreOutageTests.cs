using System.Net;
using System.Text.Json.Nodes;
using RoleBot.TestKit;
using RoleBot.TestKit.Slack;

namespace RoleBot.Tests.Channels.Slack;

/// <summary>A Slack vote while the feedback store cannot be written (SQLite path is a directory): the voter is told privately.</summary>
public sealed class SlackFeedbackStoreOutageTests : IDisposable
{
    private readonly TempFolder _notADatabase = TestPaths.NewTempFolder();

    private Dictionary<string, string?> BrokenStore => new() { ["State:FeedbackDatabase"] = _notADatabase.Path };

    [Fact]
    public async Task SlackVote_StoreFails_VoterToldPrivately()
    {
        await using var host = await SlackHost.StartAsync(BrokenStore);
        var click = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = "U0BOB" },
            ["team"] = new JsonObject { ["id"] = "T0001" },
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1700000100.000200", ["channel_id"] = "C0ANSWER" },
            ["channel"] = new JsonObject { ["id"] = "C0ANSWER" },
            ["message"] = new JsonObject { ["type"] = "message", ["ts"] = "1700000100.000200", ["text"] = "answer", ["blocks"] = new JsonArray() },
            ["response_url"] = host.Slack.ResponseUrl("vote").AbsoluteUri,
            ["actions"] = new JsonArray(new JsonObject
            {
                ["action_id"] = "rolebot_helpful", ["block_id"] = "rolebot_feedback", ["type"] = "button",
                ["value"] = """{"q":"Does an ML engineer need Spark?"}""",
            }),
        };

        var response = await host.SendAsync(SignedSlackRequest.Form("/api/slack/interactions", [new("payload", click.ToJsonString())], SlackHost.Secret));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var note = (await host.Slack.WaitForAsync(c => c.Method == "response_url"))[0].Body;
        Assert.Contains("could not be stored", (string?)note["text"], StringComparison.Ordinal);
        Assert.Equal("ephemeral", (string?)note["response_type"]);
        Assert.Equal(false, (bool?)note["replace_original"]);
    }

    public void Dispose() => _notADatabase.Dispose();
}
