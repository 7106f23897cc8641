using System.Text.Json;
using RoleBot.TestKit;
using RoleBot.TestKit.Documents;

namespace RoleBot.Tests.Cli;

public sealed class AskCommandTests
{
    [Fact]
    public async Task AskJson_Question_PrintsTheContractOnOneLine()
    {
        var result = await RoleBotProcess.RunAsync(["ask", "--json", "--knowledge", TestPaths.Knowledge, "does an MLE need Spark?"]);

        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal(["question", "answered", "verdict", "text", "citations", "curated"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("does an MLE need Spark?", root.GetProperty("question").GetString());
        Assert.True(root.GetProperty("answered").GetBoolean());
        Assert.Equal("yes", root.GetProperty("verdict").GetString());
        var citation = root.GetProperty("citations")[0];
        Assert.Equal(["n", "title", "section", "source", "url", "excerpt", "score", "page", "updated", "mayBeOutOfDate"], citation.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, citation.GetProperty("n").GetInt32());
        Assert.EndsWith(".md", citation.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, citation.GetProperty("url").ValueKind);
        Assert.DoesNotContain("**", citation.GetProperty("excerpt").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_PdfWithStaleAfterDays_TerminalLineNamesPageDateAndWarning()
    {
        using var folder = TestPaths.NewTempFolder();
        await File.WriteAllBytesAsync(Path.Combine(folder.Path, "handbook.pdf"), SampleDocuments.Handbook().Build(), TestContext.Current.CancellationToken);

        // The handbook is dated 2024-03-01: 30 days later it is out of date on any day this test runs.
        var result = await RoleBotProcess.RunAsync(["ask", "--knowledge", folder.Path, "--stale-after-days", "30", "When do engineers deploy to production?"]);

        Assert.Equal(0, result.ExitCode);
        // The terminal wraps at its width; the words are what count.
        var flat = System.Text.RegularExpressions.Regex.Replace(result.Stdout, @"\s+", " ");
        Assert.Contains("Engineering onboarding handbook \u203A Deployments, p. 3 \u00B7 updated 2024-03-01 \u00B7 may be out of date (handbook.pdf)", flat, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_QuestionsOnStdin_OneJsonLinePerQuestionIncludingFollowUps()
    {
        var result = await RoleBotProcess.RunAsync(["ask", "--json", "--knowledge", TestPaths.Knowledge],
            "does an MLE need Spark?\n\nwhat about data scientists?\nWhat's the weather in Paris tomorrow?\n");

        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains("data scientist", JsonDocument.Parse(lines[1]).RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.False(JsonDocument.Parse(lines[2]).RootElement.GetProperty("answered").GetBoolean());
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task Ask_Plain_PrintsVerdictExcerptAndSource()
    {
        var result = await RoleBotProcess.RunAsync(["ask", "--knowledge", TestPaths.Knowledge, "does an MLE need Spark?"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Yes: the sources tie Spark to the ML engineer role", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("[1]", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(".md)", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_EmptyQuestion_ExitsTwoWithOneLineMessage()
    {
        var result = await RoleBotProcess.RunAsync(["ask", "--knowledge", TestPaths.Knowledge, "  "]);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("empty", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public async Task Ask_TenMegabyteQuestion_RefusedWithoutStackTrace()
    {
        var result = await RoleBotProcess.RunAsync(["ask", "--knowledge", TestPaths.Knowledge], new string('x', 10 * 1024 * 1024) + "\n");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("the limit is 1,000", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_MissingKnowledgeFolder_ExitsOneWithOneLineMessage()
    {
        var result = await RoleBotProcess.RunAsync(["ask", "--knowledge", "/nonexistent/knowledge", "what does a data scientist do?"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("rolebot: Knowledge folder '/nonexistent/knowledge' does not exist.", result.Stderr.Trim());
    }
}
