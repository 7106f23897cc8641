using System.Net;
using RoleBot.TestKit;
using RoleBot.Tests.Hosting;
using static RoleBot.Tests.Operations.KnowledgeReloadTests;

namespace RoleBot.Tests.Operations;

/// <summary>
/// The knowledge folder itself comes and goes (issue 11, item 6): deleted and re-created, or missing at start-up.
/// Live reload must resume on the new folder, and /readyz must clear the error after a good reload.
/// </summary>
public sealed class KnowledgeFolderTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Dictionary<string, string?> FastReload => new()
    {
        ["Reload:Debounce"] = "00:00:00.200",
        ["Reload:PollInterval"] = "00:00:00.300",
        ["RateLimit:PermitsPerMinute"] = "0",
    };

    [Fact]
    public async Task Reload_FolderDeletedThenRecreated_ResumesAndClearsTheError()
    {
        using var parent = TestPaths.NewTempFolder();
        var folder = Path.Combine(parent.Path, "knowledge");
        CopyKnowledge(folder);
        await using var server = await RoleBotServer.StartAsync(FastReload, folder);
        await AskTextAsync(server, "spark");

        Directory.Delete(folder, recursive: true);
        var failed = await WaitForReadyzAsync(server, r => r.GetProperty("status").GetString() == "degraded");
        Assert.Equal("reload failed", failed.GetProperty("knowledge").GetString());
        Assert.Contains("Spark", await AskTextAsync(server, "does an MLE need Spark?"), StringComparison.Ordinal);

        CopyKnowledge(folder);
        File.WriteAllText(Path.Combine(folder, "zebras.md"), ZebraFile);
        await WaitForAsync(server, ZebraQuestion, a => a.GetProperty("text").GetString()!.Contains("quinoa", StringComparison.Ordinal));
        await WaitForReadyzAsync(server, r => r.GetProperty("status").GetString() == "ready");

        // The watcher follows the new folder: a later edit is picked up too.
        File.WriteAllText(Path.Combine(folder, "keepers.md"), "# Keepers\n\nA zookeeper cleans the giraffe stables with lavender soap.\n");
        await WaitForAsync(server, "What does a zookeeper clean the giraffe stables with?", a => a.GetProperty("text").GetString()!.Contains("lavender", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_FolderMissing_LoadsOnceItIsCreated()
    {
        using var parent = TestPaths.NewTempFolder();
        var folder = Path.Combine(parent.Path, "knowledge");
        await using var server = await RoleBotServer.StartAsync(FastReload, folder);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await server.Client.GetAsync("/readyz", Cancel)).StatusCode);

        CopyKnowledge(folder);

        var ready = await WaitForReadyzAsync(server, r => r.GetProperty("status").GetString() == "ready");
        Assert.True(ready.GetProperty("passages").GetInt32() > 20);
        Assert.Contains("Spark", await AskTextAsync(server, "does an MLE need Spark?"), StringComparison.Ordinal);
    }

    private static void CopyKnowledge(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(TestPaths.Knowledge, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(TestPaths.Knowledge, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
