using System.Text.Json;
using RoleBot.TestKit;

namespace RoleBot.Tests.Cli;

public sealed class IndexAndEvalCommandTests
{
    [Fact]
    public async Task Index_FolderWithABadFile_ReportsCountsAndTheWarning()
    {
        using var folder = TestPaths.NewTempFolder().CopyFrom(TestPaths.Knowledge);
        File.WriteAllBytes(Path.Combine(folder.Path, "broken.md"), [0, 1, 2, 3]);

        var result = await RoleBotProcess.RunAsync(["index", "--knowledge", folder.Path]);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"Indexed \d+ documents, \d+ passages in \d+ ms", result.Stdout);
        Assert.Contains("broken.md: skipped: binary content", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalJson_GoldSet_PrintsMetrics()
    {
        var gold = Path.Combine(TestPaths.RepoRoot, "tests", "RoleBot.Knowledge.Tests", "Cases", "gold.jsonl");
        var result = await RoleBotProcess.RunAsync(["eval", "--json", "--knowledge", TestPaths.Knowledge, gold]);

        Assert.Equal(0, result.ExitCode);
        var metrics = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.True(metrics.GetProperty("evidence_at3").GetDouble() >= 0.95);
        Assert.True(metrics.GetProperty("rejection").GetDouble() >= 0.95);
        Assert.True(metrics.GetProperty("mrr").GetDouble() > 0.5);
    }

    [Fact]
    public async Task Eval_MalformedGoldLine_ExitsOneNamingTheLine()
    {
        using var folder = TestPaths.NewTempFolder();
        var gold = folder.Write("gold.jsonl", "{\"q\": \"what does a data scientist do?\", \"expect_any\": [\"models\"], \"answerable\": true}\nnot json\n");

        var result = await RoleBotProcess.RunAsync(["eval", "--knowledge", TestPaths.Knowledge, gold]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("gold.jsonl line 2", result.Stderr, StringComparison.Ordinal);
    }
}
