using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RoleBot.Knowledge.Answers;
using RoleBot.Knowledge.Retrieval;
using RoleBot.State;
using RoleBot.TestKit;

namespace RoleBot.Tests.Operations;

public sealed class CitedDocumentsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Answer Citing(params string[] sources) => new()
    {
        Question = "q",
        Answered = true,
        Shape = QuestionShape.Open,
        Lead = "lead",
        Text = "text",
        Citations = sources.Select((s, i) => new Citation(i + 1, "T", "S", s, null, new Excerpt("e", 0, []), 1, s + "#1", [], null)).ToList(),
    };

    [Fact]
    public async Task Record_SameDocumentWithinTheHour_WrittenOnceThenAgainAfterTheHour()
    {
        using var folder = TestPaths.NewTempFolder();
        using var store = new SqliteFeedbackStore(Options.Create(new StateOptions { FeedbackDatabase = Path.Combine(folder.Path, "rolebot.db") }));
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero));
        var cited = new CitedDocuments(store, time);

        await cited.RecordAsync("web", Citing("handbook.pdf", "handbook.pdf"), Cancel);
        time.Advance(TimeSpan.FromMinutes(59));
        await cited.RecordAsync("slack", Citing("handbook.pdf", "guide.docx"), Cancel);
        var first = await store.LastCitedAsync(Cancel);
        time.Advance(TimeSpan.FromMinutes(1));
        await cited.RecordAsync("web", Citing("handbook.pdf"), Cancel);
        var second = await store.LastCitedAsync(Cancel);

        Assert.Equal(new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero), first["handbook.pdf"]);
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 8, 59, 0, TimeSpan.Zero), first["guide.docx"]);
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.Zero), second["handbook.pdf"]);
    }
}
