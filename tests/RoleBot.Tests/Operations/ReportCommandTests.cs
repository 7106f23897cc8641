using System.Diagnostics;
using Microsoft.Extensions.Options;
using RoleBot.Cli;
using RoleBot.State;
using RoleBot.TestKit;

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
