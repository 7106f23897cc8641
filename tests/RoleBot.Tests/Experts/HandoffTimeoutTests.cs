using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using RoleBot.Experts;
using RoleBot.TestKit;
using RoleBot.Tests.Channels.Slack;
using static RoleBot.Tests.Experts.SlackExpertSteps;

namespace RoleBot.Tests.Experts;

/// <summary>An expert who never answers: after Experts:ReminderHours the asker gets a polite note; a late answer still arrives.</summary>
public sealed class HandoffTimeoutTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NoAnswerWithinReminderHours_AskerToldPolitely_StateTimedOut_LateAnswerStillRelayed()
    {
        using var knowledge = TeamKnowledge.Create(experts: ExpertsYaml);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await SlackHost.StartAsync(
            new Dictionary<string, string?> { ["Knowledge:Path"] = knowledge.Path, ["Experts:ReminderHours"] = "24", ["Experts:CheckInterval"] = "00:10:00" },
            configure: b => b.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        var answer = await AskAsync(host, TeamKnowledge.UncoveredQuestion, "1700000301.000001");
        await ClickAsync(host, Click(host.Slack, answer, "rolebot_expert_ask", "U0ALICE", "C0CHANNEL", "1700000301.000002", "1700000301.000001"));
        var handoff = await HandoffAsync(host.Server.Services);

        clock.Advance(TimeSpan.FromHours(23));
        await MarkerAsync(host, clock, 1);
        Assert.Equal(HandoffState.Open, (await Store(host).GetAsync(handoff.Id, Ct))!.State);

        clock.Advance(TimeSpan.FromHours(2));
        var note = (await host.Slack.WaitForAsync(c => c.Method == "chat.postMessage" && ((string?)c.Body["text"])?.Contains("nobody has answered", StringComparison.Ordinal) == true))[0];
        Assert.Equal(("C0CHANNEL", "1700000301.000001"), ((string?)note.Body["channel"], (string?)note.Body["thread_ts"]));
        Assert.Contains("in 24 hours", (string?)note.Body["text"], StringComparison.Ordinal);
        Assert.Contains("Sorry", (string?)note.Body["text"], StringComparison.Ordinal);
        var timedOut = (await Store(host).GetAsync(handoff.Id, Ct))!;
        Assert.Equal(HandoffState.TimedOut, timedOut.State);
        Assert.Equal(clock.GetUtcNow(), timedOut.TimedOutAt);

        // The next check does not nag again.
        clock.Advance(TimeSpan.FromHours(2));
        await MarkerAsync(host, clock, 2);
        Assert.Single(host.Slack.CallsTo("chat.postMessage"), c => ((string?)c.Body["text"])?.Contains("nobody has answered", StringComparison.Ordinal) == true);

        // Slack signs with its own clock; RoleBot checks signatures against (here: the fake) current time.
        await host.PostEventAsync(ThreadReply("C0EXPERTS", handoff.Target!.ThreadTs!, "U0ANA", "Sorry for the delay: ask the platform team.", "1700000302.000001"), at: clock.GetUtcNow());
        await host.Slack.WaitForAsync(c => c.Method == "chat.postMessage" && (string?)c.Body["channel"] == "C0CHANNEL"
            && ((string?)c.Body["text"])?.StartsWith("Ana Lima answered:", StringComparison.Ordinal) == true);
        Assert.Equal(HandoffState.Answered, (await Store(host).GetAsync(handoff.Id, Ct))!.State);
    }

    /// <summary>A question signed at the fake time and answered: with one reply worker, everything queued before it is done.</summary>
    private static async Task MarkerAsync(SlackHost host, FakeTimeProvider clock, int n)
    {
        var channel = "C0MARKER" + n;
        await host.PostEventAsync(SlackHost.Mention("EvMarker" + n, $"{Mention} {TeamKnowledge.SparkQuestion}", $"1700000999.00000{n}", channel: channel), at: clock.GetUtcNow());
        await host.Slack.WaitForAsync(c => c.Method == "chat.postMessage" && (string?)c.Body["channel"] == channel);
    }

    private static IHandoffStore Store(SlackHost host) => host.Server.Services.GetRequiredService<IHandoffStore>();
}
