using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RoleBot.Cli;
using RoleBot.Knowledge;
using RoleBot.State;
using RoleBot.TestKit;
using RoleBot.TestKit.Documents;

namespace RoleBot.Tests.Operations;

public sealed class ReportCommandTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<string> SeedAsync(TempFolder folder)
    {
        var database = Path.Combine(folder.Path, "rolebot.db");
        using var store = new SqliteFeedbackStore(Options.Create(new StateOptions { FeedbackDatabase = database }));
        var now = DateTimeOffset.UtcNow;
        foreach (var q in new[] { "how do I book a room?", "How do I book a room? ", "what is our vacation policy?" })
        {
            await store.AddUnansweredAsync(new UnansweredRecord(now, "web", q.Trim()), Cancel);
        }

        await store.AddFeedbackAsync(new FeedbackRecord(now, "web", "Does a data scientist need Kubernetes?", "No ...", [], false, null, null), Cancel);
        await store.AddFeedbackAsync(new FeedbackRecord(now, "slack", "does a data scientist need kubernetes?", "No ...", [], false, null, "U1"), Cancel);
        await store.AddFeedbackAsync(new FeedbackRecord(now, "web", "Does an MLE need Spark?", "Yes ...", [], true, null, null), Cancel);
        return database;
    }

    [Fact]
    public async Task Report_StoredGaps_ListsMostFrequentUnansweredAndWorstRatedFirst()
    {
        using var folder = TestPaths.NewTempFolder();
        var database = await SeedAsync(folder);
        using var store = new SqliteFeedbackStore(Options.Create(new StateOptions { FeedbackDatabase = database }));
        using var output = new StringWriter();

        await ReportCommand.WriteAsync(store, output, 10, json: false, Cancel);

        var lines = output.ToString().Split('\n').Select(l => l.TrimEnd()).ToList();
        var unanswered = lines.FindIndex(l => l.StartsWith("Most frequent unanswered", StringComparison.Ordinal));
        Assert.Matches(@"^\s+2\s+(?i:how do I book a room\?)$", lines[unanswered + 1]);
        Assert.Matches(@"^\s+1\s+what is our vacation policy\?$", lines[unanswered + 2]);
        var worst = lines.FindIndex(l => l.StartsWith("Worst-rated", StringComparison.Ordinal));
        Assert.Matches(@"^\s+2 / 0\s+Does a data scientist need Kubernetes\?$", lines[worst + 1]);
        Assert.DoesNotContain(lines, l => l.Contains("Spark", StringComparison.Ordinal));
    }

    /// <summary>
    /// On 2025-06-01: old.md (2020) and handbook.pdf (2024-03-01) are past 365 days; new.md was cited 12 days ago,
    /// old.md 151 days ago, handbook.pdf never.
    /// </summary>
    private static async Task<(DocumentAttention Documents, SqliteFeedbackStore Store)> DocumentsAsync(TempFolder folder)
    {
        var now = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var knowledge = Path.Combine(folder.Path, "knowledge");
        Directory.CreateDirectory(knowledge);
        folder.Write("knowledge/old.md", "---\ntitle: Old travel policy\nupdated: 2020-01-10\n---\n## Travel\n\nEmployees book trains through the travel desk.\n");
        folder.Write("knowledge/new.md", "---\ntitle: Expenses\nupdated: 2025-05-01\n---\n## Meals\n\nMeals on business trips are reimbursed up to a daily limit.\n");
        await File.WriteAllBytesAsync(Path.Combine(knowledge, "handbook.pdf"), SampleDocuments.Handbook().Build(), Cancel);
        var store = new SqliteFeedbackStore(Options.Create(new StateOptions { FeedbackDatabase = Path.Combine(folder.Path, "rolebot.db") }));
        await store.AddCitedAsync(new CitedRecord(now.AddDays(-151), "web", ["old.md"]), Cancel);
        await store.AddCitedAsync(new CitedRecord(now.AddDays(-12), "slack", ["new.md", "new.md"]), Cancel);
        using var host = new KnowledgeHost(Options.Create(new KnowledgeOptions { Path = knowledge }), NullLoggerFactory.Instance, new FixedTime(now));
        return (await DocumentAttention.ForAsync(host.Current, store, host.Freshness, DocumentAttention.DefaultUncitedDays, Cancel), store);
    }

    [Fact]
    public async Task Report_Documents_ListsOutOfDateOldestFirstAndUncitedNeverFirst()
    {
        using var folder = TestPaths.NewTempFolder();
        var (documents, store) = await DocumentsAsync(folder);
        using var _ = store;
        using var output = new StringWriter();

        await ReportCommand.WriteAsync(store, documents, output, 10, json: false, Cancel);

        var lines = output.ToString().Split('\n').Select(l => l.TrimEnd()).ToList();
        var stale = lines.FindIndex(l => l == "Documents not updated in 365 days (last updated, document):");
        Assert.Equal("  2020-01-10  old.md (Old travel policy)", lines[stale + 1]);
        Assert.Equal("  2024-03-01  handbook.pdf (Engineering onboarding handbook)", lines[stale + 2]);
        Assert.Equal("", lines[stale + 3]);
        var uncited = lines.FindIndex(l => l == "Documents not cited in the last 30 days (last cited, document):");
        Assert.Equal("  never       handbook.pdf (Engineering onboarding handbook)", lines[uncited + 1]);
        Assert.Equal("  2025-01-01  old.md (Old travel policy)", lines[uncited + 2]);
        Assert.DoesNotContain(lines.Skip(uncited), l => l.Contains("new.md", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Report_DocumentsAsJson_StaleAndUncitedLists()
    {
        using var folder = TestPaths.NewTempFolder();
        var (documents, store) = await DocumentsAsync(folder);
        using var _ = store;
        using var output = new StringWriter();

        await ReportCommand.WriteAsync(store, documents, output, 1, json: true, Cancel);

        using var json = System.Text.Json.JsonDocument.Parse(output.ToString());
        var stale = Assert.Single(json.RootElement.GetProperty("staleDocuments").EnumerateArray());
        Assert.Equal(("old.md", "2020-01-10"), (stale.GetProperty("source").GetString(), stale.GetProperty("updated").GetString()));
        var uncited = Assert.Single(json.RootElement.GetProperty("uncitedDocuments").EnumerateArray());
        Assert.Equal("handbook.pdf", uncited.GetProperty("source").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, uncited.GetProperty("lastCited").ValueKind);
        Assert.Equal(365, json.RootElement.GetProperty("staleAfterDays").GetInt32());
    }

    [Fact]
    public async Task ReportVerb_Process_PrintsJsonReport()
    {
        using var folder = TestPaths.NewTempFolder();
        var database = await SeedAsync(folder);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "RoleBot.dll"), "report", "--json", "--limit", "1" })
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["State__FeedbackDatabase"] = database;
        using var process = Process.Start(start)!;
        var stdout = await process.StandardOutput.ReadToEndAsync(Cancel);
        await process.WaitForExitAsync(Cancel);

        Assert.Equal(0, process.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var top = Assert.Single(json.RootElement.GetProperty("unanswered").EnumerateArray());
        Assert.Equal("how do I book a room?", top.GetProperty("question").GetString(), ignoreCase: true);
        Assert.Equal(2, top.GetProperty("count").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("worstRated")[0].GetProperty("notHelpful").GetInt32());
        // Nothing was ever cited in this fresh database: the one row allowed is a document never cited.
        var uncited = Assert.Single(json.RootElement.GetProperty("uncitedDocuments").EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, uncited.GetProperty("lastCited").ValueKind);
        Assert.Equal(30, json.RootElement.GetProperty("uncitedDays").GetInt32());
    }

    [Fact]
    public async Task ReportVerb_LimitOutOfRange_ExitsWith2()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "RoleBot.dll"), "report", "--limit", "0" })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync(Cancel);
        await process.WaitForExitAsync(Cancel);

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("--limit", stderr, StringComparison.Ordinal);
    }
}
