using Microsoft.Extensions.DependencyInjection;
using RoleBot.Experts;
using RoleBot.State;
using RoleBot.Tests.Hosting;

namespace RoleBot.Tests.Web.Insights;

/// <summary>Puts a believable history into a running server's stores: gaps, votes over days, questions, hand-offs.</summary>
internal static class InsightsSeed
{
    public static readonly string[] RoomQuestions = ["How do I book a meeting room?", "how can I book a meeting room", "booking a meeting room?"];
    public static readonly string[] VacationQuestions = ["What is the vacation policy?", "vacation policy?"];
    public const string Printer = "Where is the printer?";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task SeedAsync(RoleBotServer server)
    {
        var feedback = server.Services.GetRequiredService<IFeedbackStore>();
        var now = DateTimeOffset.UtcNow;
        foreach (var (question, times) in new[] { (RoomQuestions[0], 3), (RoomQuestions[1], 2), (RoomQuestions[2], 1), (VacationQuestions[0], 2), (VacationQuestions[1], 1), (Printer, 1) })
        {
            for (var i = 0; i < times; i++)
            {
                await feedback.AddUnansweredAsync(new UnansweredRecord(now.AddHours(-i), "slack", question), Ct);
            }
        }

        var knowledge = server.Services.GetRequiredService<Knowledge.KnowledgeHost>().Current;
        var spark = knowledge.Passages.First(p => p.Text.Contains("Spark", StringComparison.Ordinal)).Id;
        for (var day = 0; day < 20; day++)
        {
            for (var vote = 0; vote < (day % 4) + 1; vote++)
            {
                await feedback.AddFeedbackAsync(new FeedbackRecord(now.AddDays(-day), "teams", "Does an MLE need Spark?", "Yes ...", [spark], vote % 3 != 0, null, null), Ct);
            }
        }

        // Real questions through the REST API: the question log records them with their citations.
        foreach (var question in new[] { "Does an MLE need Spark?", "Does an MLE need Spark?", "What does a data scientist do?" })
        {
            (await server.Client.GetAsync("/api/ask?q=" + Uri.EscapeDataString(question), Ct)).EnsureSuccessStatusCode();
        }

        var handoffs = server.Services.GetRequiredService<IHandoffStore>();
        await handoffs.AddAsync(new Handoff
        {
            Id = "h-answered", CreatedAt = now.AddHours(-3), Question = "Does an MLE need Spark on our team?", Reason = HandoffReason.NotHelpful,
            AskerChannel = "teams", Asker = new HandoffAddress { Platform = HandoffAddress.BotFramework }, PassageIds = [spark], Experts = ["Ana Lima"],
            State = HandoffState.Answered, ExpertName = "Ana Lima", AnswerText = "Yes, for the nightly pipelines.", AnsweredAt = now.AddHours(-2), Saved = true,
        }, Ct);
        await handoffs.AddAsync(new Handoff
        {
            Id = "h-open", CreatedAt = now.AddHours(-1), Question = RoomQuestions[0], Reason = HandoffReason.NotCovered,
            AskerChannel = "slack", Asker = new HandoffAddress { Platform = HandoffAddress.Slack, Channel = "C0CHANNEL" }, State = HandoffState.Open,
        }, Ct);
    }
}
