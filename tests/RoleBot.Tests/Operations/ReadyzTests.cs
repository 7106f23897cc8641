using System.Net;
using RoleBot.TestKit;
using RoleBot.Tests.Hosting;

namespace RoleBot.Tests.Operations;

/// <summary>
/// /readyz is unauthenticated (issue 11, item 11): counts and a generic status only, never the knowledge folder's
/// absolute path, a file name or an error message (those are in the log and <c>rolebot index</c>).
/// </summary>
public sealed class ReadyzTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Readyz_SkippedFileAndFailedReload_ShowsCountsButNoPathOrFileName()
    {
        using var knowledge = TestPaths.NewTempFolder().CopyFrom(TestPaths.Knowledge);
        File.WriteAllBytes(Path.Combine(knowledge.Path, "secret-salaries.md"), [0, 1, 2, 0, 3]);
        await using var server = await RoleBotServer.StartAsync(new Dictionary<string, string?> { ["Reload:Debounce"] = "00:00:00.200", ["Reload:PollInterval"] = "00:00:00.300" }, knowledge.Path);

        var ready = await KnowledgeReloadTests.WaitForReadyzAsync(server, _ => true);
        Assert.Equal(1, ready.GetProperty("skippedFiles").GetInt32());
        await AssertNoDetailsAsync(server, knowledge.Path);

        // A failed reload (the folder has become empty) is reported, still without its message.
        foreach (var file in Directory.EnumerateFiles(knowledge.Path, "*", SearchOption.AllDirectories))
        {
            File.Delete(file);
        }

        await KnowledgeReloadTests.WaitForReadyzAsync(server, r => r.GetProperty("status").GetString() == "degraded");
        await AssertNoDetailsAsync(server, knowledge.Path);
    }

    private static async Task AssertNoDetailsAsync(RoleBotServer server, string folder)
    {
        var response = await server.Client.GetAsync("/readyz", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.DoesNotContain(folder, body, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath().TrimEnd('/'), body, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-salaries", body, StringComparison.Ordinal);
        Assert.DoesNotContain(".md", body, StringComparison.Ordinal);
    }
}
