using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RoleBot.TestKit;
using RoleBot.Tests.Channels.Slack;
using RoleBot.Tests.Hosting;

namespace RoleBot.Tests.Operations;

/// <summary>
/// What deploy/k8s ships must start (issue 11, item 18): Production with only the manifest's own settings, and a
/// Slack-only deployment, where the Teams channel is simply off.
/// </summary>
public sealed partial class DeploymentManifestTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Production_WithTheShippedManifestSettings_StartsAndIsReady()
    {
        var settings = ManifestSettings();
        Assert.Equal("json", settings["Logging:Console:FormatterName"]);
        // Paths and the Redis host of the cluster are replaced by this machine's; everything else is as shipped.
        settings.Remove("Urls");
        settings.Remove("Knowledge:Path");
        settings.Remove("State:FeedbackDatabase");
        settings.Remove("Redis:Configuration");
        settings.Remove("Logging:Console:FormatterName");

        await using var server = await RoleBotServer.StartAsync(settings, environment: "Production");

        var ready = await KnowledgeReloadTests.WaitForReadyzAsync(server, _ => true);
        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.PostAsync("/api/messages", new StringContent("{}"), Cancel)).StatusCode);
    }

    [Fact]
    public void Manifest_SecretsComeFromAnOptionalSecret()
    {
        var manifest = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "deploy", "k8s", "deployment.yaml"));
        Assert.Matches(@"(?m)^\s+envFrom:\s*\[\s*\{\s*secretRef:\s*\{\s*name:\s*rolebot-secrets,\s*optional:\s*true\s*\}\s*\}\s*\]", manifest);
    }

    [Fact]
    public async Task Production_SlackOnly_StartsAndAnswersSlack()
    {
        await using var slack = await SlackHost.StartAsync(new Dictionary<string, string?> { ["Reload:Enabled"] = "false" }, environment: "Production");
        var payload = SlackHost.Mention("EvSlackOnly1", $"<@{RoleBot.TestKit.Slack.FakeSlackApi.BotUserId}> Does an ML engineer need Spark?", "1700000300.000100", channel: "C0SLACKONLY");

        Assert.Equal(HttpStatusCode.OK, (await slack.PostEventAsync(payload)).StatusCode);
        await slack.Slack.WaitForAsync(c => c.Method == "chat.postMessage" && (string?)c.Body["channel"] == "C0SLACKONLY");
        Assert.Equal(HttpStatusCode.Unauthorized, (await slack.Server.Client.PostAsync("/api/messages", new StringContent(new JsonObject().ToJsonString()), Cancel)).StatusCode);
    }

    /// <summary>The container's env entries of deploy/k8s/deployment.yaml, as configuration keys.</summary>
    private static Dictionary<string, string?> ManifestSettings()
    {
        var manifest = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "deploy", "k8s", "deployment.yaml"));
        var settings = new Dictionary<string, string?>();
        foreach (Match entry in EnvEntry().Matches(manifest))
        {
            settings[entry.Groups["name"].Value.Replace("__", ":", StringComparison.Ordinal)] = entry.Groups["value"].Value;
        }

        Assert.NotEmpty(settings);
        return settings;
    }

    [GeneratedRegex(@"(?m)^\s+- \{ name: (?<name>[A-Za-z_]+), value: ""?(?<value>[^""}]*?)""? \}")]
    private static partial Regex EnvEntry();
}
