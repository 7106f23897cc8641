using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using RoleBot.TestKit;
using RoleBot.Tests.Cli;
using RoleBot.Tests.Hosting;

namespace RoleBot.Tests.Operations;

/// <summary>What a first run shows (issue 11, item 20): no restore warnings, each skipped file once, manifest links that work.</summary>
public sealed class FirstRunTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public void Restore_OfTheApp_HasNoNU1603Warning()
    {
        var assets = Path.Combine(TestPaths.RepoRoot, "src", "RoleBot", "obj", "project.assets.json");
        Assert.SkipUnless(File.Exists(assets), "the app has not been restored in this tree");
        using var document = JsonDocument.Parse(File.ReadAllText(assets));

        var codes = document.RootElement.TryGetProperty("logs", out var logs) ? logs.EnumerateArray().Select(l => l.GetProperty("code").GetString()).ToList() : [];

        Assert.DoesNotContain("NU1603", codes);
    }

    [Fact]
    public async Task Index_SkippedFile_IsReportedOnce()
    {
        using var knowledge = TestPaths.NewTempFolder().CopyFrom(TestPaths.Knowledge);
        File.WriteAllBytes(Path.Combine(knowledge.Path, "broken-notes.md"), [0, 1, 2, 0]);

        var result = await RoleBotProcess.RunAsync(["index", "--knowledge", knowledge.Path]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(1, Regex.Count(result.Stdout + result.Stderr, "broken-notes\\.md"));
    }

    [Fact]
    public async Task TeamsManifest_PrivacyAndTermsUrls_AreServed()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "deploy", "teams", "manifest.json")));
        var developer = manifest.RootElement.GetProperty("developer");
        await using var server = await RoleBotServer.StartAsync(new Dictionary<string, string?> { ["Reload:Enabled"] = "false" });

        foreach (var key in new[] { "privacyUrl", "termsOfUseUrl" })
        {
            var url = developer.GetProperty(key).GetString()!;
            var path = url[(url.IndexOf("}}", StringComparison.Ordinal) + 2)..];
            var response = await server.Client.GetAsync(path, Cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        }
    }
}
