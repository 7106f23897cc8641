using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Experts;
using RoleBot.TestKit;
using RoleBot.Tests.Channels.Slack;
using static RoleBot.Tests.Experts.SlackExpertSteps;

namespace RoleBot.Tests.Experts;

/// <summary>
/// A wrong or broken experts.yml, an unreachable channel, nobody configured: warnings in /readyz (counts only), fallbacks,
/// the asker told plainly, every hand-off kept, never a 500.
/// </summary>
public sealed class ExpertsBadInputTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UnknownUsersAndChannels_CountedInReadyz_WithoutPaths()
    {
        // team/ml-notes.md names owner "ana", whom this file does not define.
        using var knowledge = TeamKnowledge.Create(experts: """
            channels:
              slack: general                 # not a channel id
              teams: experts                 # not a Teams id
            experts:
              bo: { name: Bo, slack: bo@example.com }   # not a Slack user id
            routes:
              - role: ml-engineer
                experts: [bo, zed]           # zed is unknown
              - experts: [bo]                # neither role nor folder
            colour: blue
            """);
        await using var host = await SlackHost.StartAsync(new Dictionary<string, string?> { ["Knowledge:Path"] = knowledge.Path });
        var ready = await TeamKnowledge.ReadyAsync(host.Server.Client);
        var entry = TeamKnowledge.ConfigFile(ready, "experts.yml");
        Assert.Equal("warnings", entry.GetProperty("state").GetString());
        Assert.Equal(2, entry.GetProperty("entries").GetInt32());                // bo and the ml-engineer route
        Assert.Equal(7, entry.GetProperty("warnings").GetInt32());               // 6 in the file + owner "ana"
        Assert.DoesNotContain(knowledge.Path, ready.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("zed", ready.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NobodyConfigured_AskerToldInThread_HandoffKeptUndelivered()
    {
        using var knowledge = TeamKnowledge.Create(experts: "experts:\n  bo: Bo\n");
        await using var host = await SlackHost.StartAsync(new Dictionary<string, string?> { ["Knowledge:Path"] = knowledge.Path });
        var answer = await AskAsync(host, TeamKnowledge.UncoveredQuestion, "1700000501.000001");
        await ClickAsync(host, Click(host.Slack, answer, "rolebot_expert_ask", "U0ALICE", "C0CHANNEL", "1700000501.000002", "1700000501.000001"));

        var told = (await host.Slack.WaitForAsync(c => c.Method == "chat.postMessage" && ((string?)c.Body["text"])?.StartsWith("Nobody is set up", StringComparison.Ordinal) == true))[0];
        Assert.Equal(("C0CHANNEL", "1700000501.000001"), ((string?)told.Body["channel"], (string?)told.Body["thread_ts"]));
        var handoff = await HandoffAsync(host.Server.Services);
        Assert.Equal(HandoffState.Undelivered, handoff.State);
        Assert.Null(handoff.Target);
        Assert.Equal(2, host.Slack.CallsTo("chat.postMessage").Count());         // the answer and the note, nothing else
    }

    [Fact]
    public async Task RouteChannelUnreachable_FallsBackToExpertsChannel()
    {
        using var knowledge = TeamKnowledge.Create(experts: """
            channels: { slack: C0EXPERTS }
            experts:
              ana: { name: Ana Lima, slack: U0ANA }
            routes:
              - { folder: team/, experts: [ana], slack: C0GONE }
            """);
        await using var host = await SlackHost.StartAsync(new Dictionary<string, string?> { ["Knowledge:Path"] = knowledge.Path });
        var answer = await AskAsync(host, TeamKnowledge.SparkQuestion, "1700000511.000001");
        var vote = Click(host.Slack, answer, "rolebot_not_helpful", "U0ALICE", "C0CHANNEL", "1700000511.000002", "1700000511.000001");
        vote["actions"]![0]!["value"] = """{"q":"Does an ML engineer need Spark?","p":["team/ml-notes.md#1"]}""";
        await ClickAsync(host, vote);
        var updated = (await host.Slack.WaitForAsync(c => c.Method == "response_url"))[0].Body;

        // Slack answers the post to the route's channel with ok:false (e.g. channel_not_found).
        host.Slack.FailNext("chat.postMessage", HttpStatusCode.OK);
        await ClickAsync(host, Click(host.Slack, updated, "rolebot_expert_ask", "U0ALICE", "C0CHANNEL", "1700000511.000002", "1700000511.000001"));

        await host.Slack.WaitForAsync(c => c.Method == "chat.postMessage" && (string?)c.Body["channel"] == "C0EXPERTS");
        Assert.Single(host.Slack.CallsTo("chat.postMessage"), c => (string?)c.Body["channel"] == "C0GONE");
        var handoff = await HandoffAsync(host.Server.Services, h => h.Target is not null);
        Assert.Equal(("C0EXPERTS", HandoffState.Open), (handoff.Target!.Channel, handoff.State));
    }

    [Fact]
    public async Task MalformedExpertsFile_AfterGoodOne_LastGoodKeptAndReported()
    {
        using var knowledge = TeamKnowledge.Create(experts: ExpertsYaml);
        await using var host = await SlackHost.StartAsync(new Dictionary<string, string?> { ["Knowledge:Path"] = knowledge.Path });
        Assert.Equal("ok", TeamKnowledge.ConfigFile(await TeamKnowledge.ReadyAsync(host.Server.Client), "experts.yml").GetProperty("state").GetString());

        knowledge.Write("experts.yml", "channels: [slack: C0OTHER\n\texperts: {");
        await TeamKnowledge.WaitForConfigAsync(host.Server.Client, "experts.yml", e => e.GetProperty("state").GetString() == "invalid");

        var answer = await AskAsync(host, TeamKnowledge.UncoveredQuestion, "1700000521.000001");
        await ClickAsync(host, Click(host.Slack, answer, "rolebot_expert_ask", "U0ALICE", "C0CHANNEL", "1700000521.000002", "1700000521.000001"));
        await host.Slack.WaitForAsync(c => c.Method == "chat.postMessage" && (string?)c.Body["channel"] == "C0EXPERTS");
    }

    [Fact]
    public async Task StaleButtons_UnknownHandoffOrGarbageValue_PoliteNoteNot500()
    {
        using var knowledge = TeamKnowledge.Create(experts: ExpertsYaml);
        await using var host = await SlackHost.StartAsync(new Dictionary<string, string?> { ["Knowledge:Path"] = knowledge.Path });
        var fake = new System.Text.Json.Nodes.JsonObject
        {
            ["text"] = "x",
            ["blocks"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
            {
                ["type"] = "actions", ["block_id"] = "rolebot_expert_save",
                ["elements"] = new System.Text.Json.Nodes.JsonArray(
                    new System.Text.Json.Nodes.JsonObject { ["type"] = "button", ["action_id"] = "rolebot_expert_save", ["value"] = "{\"h\":\"no-such-id\"}" }),
            }),
        };
        await ClickAsync(host, Click(host.Slack, fake, "rolebot_expert_save", "U0ALICE", "C0CHANNEL", "1700000531.000002", "1700000531.000001"));
        var note = (await host.Slack.WaitForAsync(c => c.Method == "response_url"))[0].Body;
        Assert.Contains("no longer knows", (string?)note["text"], StringComparison.Ordinal);

        fake["blocks"]![0]!["elements"]![0]!["action_id"] = "rolebot_expert_ask";
        fake["blocks"]![0]!["elements"]![0]!["value"] = "not json {";
        await ClickAsync(host, Click(host.Slack, fake, "rolebot_expert_ask", "U0ALICE", "C0CHANNEL", "1700000531.000002", "1700000531.000001"));
        await host.MarkerAnsweredAsync();
        Assert.Empty(await host.Server.Services.GetRequiredService<IHandoffStore>().ListAsync(10, cancellationToken: Ct));
    }
}
