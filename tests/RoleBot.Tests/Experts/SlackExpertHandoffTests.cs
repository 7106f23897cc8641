using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Cli;
using RoleBot.Experts;
using RoleBot.State;
using RoleBot.TestKit;
using RoleBot.Tests.Channels.Slack;
using static RoleBot.Tests.Experts.SlackExpertSteps;

namespace RoleBot.Tests.Experts;

/// <summary>Experts in the loop on Slack, end to end through the fake Web API: offer, click, expert's thread reply, relay, save.</summary>
public sealed class SlackExpertHandoffTests : IAsyncLifetime
{
    private TempFolder _knowledge = null!;
    private SlackHost _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _knowledge = TeamKnowledge.Create(experts: ExpertsYaml);
        _host = await SlackHost.StartAsync(new Dictionary<string, string?> { ["Knowledge:Path"] = _knowledge.Path });
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        _knowledge.Dispose();
    }

    [Fact]
    public async Task NotCovered_AskExpertThenThreadReply_RelayedToAskerCreditedAndSaved()
    {
        var answer = await AskAsync(_host, TeamKnowledge.UncoveredQuestion, "1700000201.000001");
        Assert.NotNull(Button(answer["blocks"], "rolebot_expert_ask"));
        Assert.DoesNotContain(_host.Slack.CallsTo("chat.postMessage"), c => (string?)c.Body["channel"] == "C0EXPERTS");

        await ClickAsync(_host, Click(_host.Slack, answer, "rolebot_expert_ask", "U0ALICE", "C0CHANNEL", "1700000201.000002", "1700000201.000001"));

        var question = (await _host.Slack.WaitForAsync(c => c.Method == "chat.postMessage" && (string?)c.Body["channel"] == "C0EXPERTS"))[0].Body;
        var shown = string.Join("\n", Texts(question["blocks"]));
        Assert.Contains(TeamKnowledge.UncoveredQuestion, shown, StringComparison.Ordinal);
        Assert.Contains("<@U0ALICE> in <#C0CHANNEL>", shown, StringComparison.Ordinal);
        Assert.Contains("https://slack.com/archives/C0CHANNEL/p1700000201000001", shown, StringComparison.Ordinal);
        Assert.Null(question["thread_ts"]);

        // The asker is told in their thread, and the button becomes a note.
        await _host.Slack.WaitForAsync(c => c.Method == "chat.postMessage" && (string?)c.Body["channel"] == "C0CHANNEL"
            && (string?)c.Body["thread_ts"] == "1700000201.000001" && ((string?)c.Body["text"])?.Contains("passed your question to the experts", StringComparison.Ordinal) == true);
        var replaced = (await _host.Slack.WaitForAsync(c => c.Method == "response_url"))[0].Body;
        Assert.Null(Button(replaced["blocks"], "rolebot_expert_ask"));
        Assert.Contains("asked an expert", replaced.ToJsonString(), StringComparison.Ordinal);

        var handoff = await HandoffAsync(_host.Server.Services);
        Assert.Equal((HandoffState.Open, "C0EXPERTS", "U0ALICE"), (handoff.State, handoff.Target!.Channel, handoff.AskerId));

        await _host.PostEventAsync(ThreadReply("C0EXPERTS", handoff.Target.ThreadTs!, "U0ANA", "Ask in #data-platform &amp; request the feature-store role.", "1700000202.000001"));

        var relayed = (await _host.Slack.WaitForAsync(c => c.Method == "chat.postMessage" && (string?)c.Body["channel"] == "C0CHANNEL"
            && ((string?)c.Body["text"])?.StartsWith("Ana Lima answered:", StringComparison.Ordinal) == true))[0].Body;
        Assert.Equal("1700000201.000001", (string?)relayed["thread_ts"]);
        Assert.Contains("Ask in #data-platform &amp; request the feature-store role.", string.Join("\n", Texts(relayed["blocks"])), StringComparison.Ordinal);
        await _host.Slack.WaitForAsync(c => c.Method == "chat.postMessage" && (string?)c.Body["channel"] == "C0EXPERTS"
            && (string?)c.Body["thread_ts"] == handoff.Target.ThreadTs && ((string?)c.Body["text"])?.Contains("sent this answer", StringComparison.Ordinal) == true);

        // A second reply in the thread is the experts talking, not a second answer.
        await _host.PostEventAsync(ThreadReply("C0EXPERTS", handoff.Target.ThreadTs!, "U0BO", "+1", "1700000202.000002"));
        await _host.MarkerAnsweredAsync();
        Assert.Single(_host.Slack.CallsTo("chat.postMessage"), c => ((string?)c.Body["text"])?.Contains("answered:", StringComparison.Ordinal) == true);

        await ClickAsync(_host, Click(_host.Slack, relayed, "rolebot_expert_save", "U0ALICE", "C0CHANNEL", "1700000203.000001", "1700000201.000001"));
        var saved = await WaitForCuratedAsync();
        Assert.Equal([TeamKnowledge.UncoveredQuestion], saved.Questions);
        Assert.Equal(("Ana Lima", "Ask in #data-platform & request the feature-store role.", handoff.Id), (saved.Owner, saved.Answer, saved.HandoffId));

        var stored = await _host.Server.Services.GetRequiredService<IHandoffStore>().GetAsync(handoff.Id, Ct);
        Assert.Equal((HandoffState.Answered, "Ana Lima", true), (stored!.State, stored.ExpertName, stored.Saved));

        using var report = new StringWriter();
        await ReportCommand.WriteAsync(_host.Server.Services.GetRequiredService<IFeedbackStore>(), report, 10, json: false, Ct,
            _host.Server.Services.GetRequiredService<IHandoffStore>());
        Assert.Matches(@"answered\s+Ana Lima\s+.*How do I get a parking permit for the office garage\?", report.ToString());
    }

    [Fact]
    public async Task NotHelpfulVote_OffersExpert_RoutesToDocumentOwner()
    {
        var answer = await AskAsync(_host, TeamKnowledge.SparkQuestion, "1700000211.000001");
        // Vote "Not helpful" on an answer citing the team document: the vote's note comes with an expert offer.
        var vote = Click(_host.Slack, answer, "rolebot_not_helpful", "U0ALICE", "C0CHANNEL", "1700000211.000002", "1700000211.000001");
        vote["actions"]![0]!["value"] = new JsonObject { ["q"] = TeamKnowledge.SparkQuestion, ["p"] = new JsonArray("team/ml-notes.md#1") }.ToJsonString();
        await ClickAsync(_host, vote);
        var updated = (await _host.Slack.WaitForAsync(c => c.Method == "response_url"))[0].Body;
        Assert.Contains("Marked not helpful", updated.ToJsonString(), StringComparison.Ordinal);

        await ClickAsync(_host, Click(_host.Slack, updated, "rolebot_expert_ask", "U0ALICE", "C0CHANNEL", "1700000211.000002", "1700000211.000001"));
        var question = (await _host.Slack.WaitForAsync(c => c.Method == "chat.postMessage" && (string?)c.Body["channel"] == "C0EXPERTS"))[0].Body;
        var shown = string.Join("\n", Texts(question["blocks"]));
        Assert.Contains("For <@U0ANA> (owner of team/ml-notes.md", shown, StringComparison.Ordinal);
        Assert.Contains("not helpful", shown, StringComparison.Ordinal);

        var handoff = await HandoffAsync(_host.Server.Services);
        Assert.Equal(HandoffReason.NotHelpful, handoff.Reason);
        Assert.Equal(["Ana Lima"], handoff.Experts);
        Assert.Equal(["team/ml-notes.md#1"], handoff.PassageIds);
    }

    [Fact]
    public async Task AskExpertTwice_SameQuestion_OneHandoff()
    {
        var answer = await AskAsync(_host, TeamKnowledge.UncoveredQuestion, "1700000221.000001");
        var click = Click(_host.Slack, answer, "rolebot_expert_ask", "U0ALICE", "C0CHANNEL", "1700000221.000002", "1700000221.000001");
        await ClickAsync(_host, click);
        await HandoffAsync(_host.Server.Services);
        await ClickAsync(_host, click);
        await _host.Slack.WaitForAsync(c => ((string?)c.Body["text"])?.Contains("already asked", StringComparison.Ordinal) == true);

        Assert.Single(await _host.Server.Services.GetRequiredService<IHandoffStore>().ListAsync(10, cancellationToken: Ct));
        Assert.Single(_host.Slack.CallsTo("chat.postMessage"), c => (string?)c.Body["channel"] == "C0EXPERTS");
    }

    private async Task<CuratedAnswer> WaitForCuratedAsync()
    {
        var store = _host.Server.Services.GetRequiredService<ICuratedAnswerStore>();
        for (var i = 0; i < 400; i++)
        {
            if ((await store.ListAsync(Ct)) is [var one])
            {
                return one;
            }

            await Task.Delay(50, Ct);
        }

        throw new TimeoutException("no curated answer was saved");
    }
}
