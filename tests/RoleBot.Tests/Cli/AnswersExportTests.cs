using Microsoft.Extensions.Options;
using RoleBot.Cli;
using RoleBot.Experts;
using RoleBot.State;
using RoleBot.TestKit;
using YamlDotNet.RepresentationModel;

namespace RoleBot.Tests.Cli;

/// <summary><c>answers export</c>: saved answers as Markdown with the front matter the retrieval side reads.</summary>
public sealed class AnswersExportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly CuratedAnswer Saved = new("handoff-0123456789abcdef", ["How do I get access to the feature store?"],
        "Ask in #data-platform: \"feature-store\" role.\nIt takes a day.", "Ana Lima", new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero),
        ["team/ml-notes.md"], "0123456789abcdef");

    [Fact]
    public async Task Export_SavedAnswer_MarkdownWithParsableFrontMatter()
    {
        using var folder = TestPaths.NewTempFolder();
        using var store = new SqliteCuratedAnswerStore(Options.Create(new StateOptions { FeedbackDatabase = Path.Combine(folder.Path, "rolebot.db") }));
        await store.SaveAsync(Saved, Ct);

        var written = Assert.Single(await AnswersCommand.ExportAsync(store, Path.Combine(folder.Path, "answers"), Ct));
        Assert.Equal("how-do-i-get-access-to-the-feature-store-89abcdef.md", Path.GetFileName(written));

        var text = await File.ReadAllTextAsync(written, Ct);
        var parts = text.Split("---\n");
        var yaml = new YamlStream();
        yaml.Load(new StringReader(parts[1]));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        Assert.Equal(["How do I get access to the feature store?"], ((YamlSequenceNode)root["questions"]).Select(n => ((YamlScalarNode)n).Value));
        Assert.Equal("Ana Lima", ((YamlScalarNode)root["owner"]).Value);
        Assert.Equal("2026-12-01", ((YamlScalarNode)root["updated"]).Value);
        Assert.Equal(["team/ml-notes.md"], ((YamlSequenceNode)root["sources"]).Select(n => ((YamlScalarNode)n).Value));
        Assert.Equal("\nAsk in #data-platform: \"feature-store\" role.\nIt takes a day.\n", parts[2]);

        // Exporting again rewrites the same file rather than adding another.
        await AnswersCommand.ExportAsync(store, Path.Combine(folder.Path, "answers"), Ct);
        Assert.Single(Directory.GetFiles(Path.Combine(folder.Path, "answers")));
    }

    [Fact]
    public async Task AnswersExportVerb_Process_WritesIntoOutFolder()
    {
        using var folder = TestPaths.NewTempFolder();
        var database = Path.Combine(folder.Path, "rolebot.db");
        using (var store = new SqliteCuratedAnswerStore(Options.Create(new StateOptions { FeedbackDatabase = database })))
        {
            await store.SaveAsync(Saved, Ct);
        }

        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "RoleBot.dll"), "answers", "export", "--out", Path.Combine(folder.Path, "out") })
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["State__FeedbackDatabase"] = database;
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = await process.StandardOutput.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("Wrote 1 answers", stdout, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(folder.Path, "out"), "*.md"));
    }
}
