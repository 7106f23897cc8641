using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Options;
using RoleBot.State;
using RoleBot.TestKit;

namespace RoleBot.Tests.Cli;

/// <summary>The <c>feedback</c> verb, run as the real executable against a feedback database written by the store.</summary>
public sealed class FeedbackCommandTests
{
    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "RoleBot.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task Feedback_StoredVotes_PrintedNewestFirst()
    {
        using var folder = TestPaths.NewTempFolder();
        var path = Path.Combine(folder.Path, "votes.db");
        using (var store = new SqliteFeedbackStore(Options.Create(new StateOptions { FeedbackDatabase = path })))
        {
            var at = DateTimeOffset.UtcNow;
            await store.AddFeedbackAsync(new FeedbackRecord(at.AddMinutes(-2), "teams", "Does an ML engineer need Spark?", "Yes [1]", ["p1"], true, null, "u1"), TestContext.Current.CancellationToken);
            await store.AddFeedbackAsync(new FeedbackRecord(at, "webchat", "What does a data scientist do?", "[1]", ["p2", "p3"], false, "too vague", "u2"), TestContext.Current.CancellationToken);
        }

        var (exit, text, _) = await RunAsync("feedback", "--database", path);
        Assert.Equal(0, exit);
        Assert.Contains("2 most recent votes: 1 helpful, 1 not helpful", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("What does a data scientist do?", StringComparison.Ordinal) < text.IndexOf("Does an ML engineer need Spark?", StringComparison.Ordinal));
        Assert.Contains("comment: too vague", text, StringComparison.Ordinal);

        var (jsonExit, json, _) = await RunAsync("feedback", "--database", path, "--json", "--limit", "1");
        Assert.Equal(0, jsonExit);
        var line = Assert.Single(json.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var vote = JsonDocument.Parse(line);
        Assert.False(vote.RootElement.GetProperty("helpful").GetBoolean());
        Assert.Equal("webchat", vote.RootElement.GetProperty("channel").GetString());
    }

    [Theory]
    [InlineData("--limit", "0")]
    [InlineData("--database", "/nonexistent/rolebot.db")]
    public async Task Feedback_BadArguments_OneLineErrorNonZeroExit(string option, string value)
    {
        var (exit, _, err) = await RunAsync("feedback", option, value);
        Assert.NotEqual(0, exit);
        Assert.StartsWith("rolebot: ", err.Trim(), StringComparison.Ordinal);
        Assert.Single(err.Trim().Split('\n'));
    }
}
