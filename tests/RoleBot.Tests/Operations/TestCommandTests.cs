using System.Text.RegularExpressions;
using RoleBot.TestKit;

namespace RoleBot.Tests.Operations;

/// <summary>
/// The README's one test command works on a fresh machine (issue 11, item 19): it names a script that installs what the
/// tests need, and CI runs that same command.
/// </summary>
public sealed partial class TestCommandTests
{
    [Fact]
    public void ReadmeTestCommand_InstallsWhatTestsNeed_AndIsWhatCiRuns()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"));
        var quickStart = readme[readme.IndexOf("## Quick start", StringComparison.Ordinal)..];
        quickStart = quickStart[..quickStart.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        var commands = CodeBlock().Matches(quickStart).Select(m => m.Groups[1].Value.Trim()).ToList();
        var testCommand = Assert.Single(commands, c => !c.StartsWith("dotnet run", StringComparison.Ordinal));

        var script = Path.Combine(TestPaths.RepoRoot, testCommand);
        Assert.True(File.Exists(script), $"the README's test command '{testCommand}' is not a script of the repository");
        var text = File.ReadAllText(script);
        Assert.Contains("redis-server", text, StringComparison.Ordinal);
        Assert.Contains("chromium", text, StringComparison.Ordinal);
        Assert.Contains("tests/webchat/setup.sh", text, StringComparison.Ordinal);
        Assert.Contains("dotnet test", text, StringComparison.Ordinal);
        Assert.Contains(testCommand, File.ReadAllText(Path.Combine(TestPaths.RepoRoot, ".ci", "run")), StringComparison.Ordinal);
    }

    [GeneratedRegex("```\\n([^`]+)```")]
    private static partial Regex CodeBlock();
}
