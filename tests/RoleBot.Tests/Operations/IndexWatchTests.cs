using System.Diagnostics;
using RoleBot.TestKit;

namespace RoleBot.Tests.Operations;

/// <summary><c>rolebot index --watch</c> as a real process on a temporary copy of the knowledge.</summary>
public sealed class IndexWatchTests
{
    [Fact]
    public async Task IndexWatch_FileAdded_ReindexesAndPrintsNewCount()
    {
        using var knowledge = TestPaths.NewTempFolder().CopyFrom(TestPaths.Knowledge);
        var documents = Directory.EnumerateFiles(knowledge.Path, "*.md").Count();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "RoleBot.dll"), "index", "--watch", "--knowledge", knowledge.Path })
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var lines = new List<string>();
        var watching = new TaskCompletionSource();
        var reindexed = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not { } line)
            {
                return;
            }

            lock (lines)
            {
                lines.Add(line);
            }

            if (line.StartsWith("Watching ", StringComparison.Ordinal))
            {
                watching.TrySetResult();
            }
            else if (line.StartsWith($"Indexed {documents + 1} documents", StringComparison.Ordinal))
            {
                reindexed.TrySetResult();
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await watching.Task.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
            knowledge.Write("zebras.md", "---\ntitle: Zoo\n---\n# Zoo\n\nA zebra keeper feeds the zebras quinoa.\n");

            var done = await Task.WhenAny(reindexed.Task, Task.Delay(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
            lock (lines)
            {
                Assert.True(done == reindexed.Task, "no re-index within 30 s; output:\n" + string.Join('\n', lines));
            }

            Assert.False(process.HasExited);
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync(CancellationToken.None);
        }

        lock (lines)
        {
            Assert.Contains(lines, l => l.Contains("change detected", StringComparison.Ordinal));
        }
    }
}
