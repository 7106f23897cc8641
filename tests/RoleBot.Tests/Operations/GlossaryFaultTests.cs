using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RoleBot.Hosting;
using RoleBot.TestKit;
using RoleBot.Tests.Hosting;
using static RoleBot.Tests.Operations.KnowledgeReloadTests;

namespace RoleBot.Tests.Operations;

/// <summary>
/// A glossary that is valid YAML but has empty lists (issue 11, item 1) must neither stop the host on live reload nor
/// at start-up; a host that does stop on a fault exits non-zero so a supervisor restarts it.
/// </summary>
public sealed class GlossaryFaultTests
{
    private const string EmptyRoles = "roles:\nsynonyms:\n";

    private const string EmptyItemsAndAliases = """
        roles:
          -
          - id: zookeeper
            name: Zookeeper
            aliases:
        synonyms:
          -
          - [zebra, equid]
        """;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reload_GlossaryWithEmptyLists_KeepsServingAndHostRuns()
    {
        using var knowledge = TestPaths.NewTempFolder().CopyFrom(TestPaths.Knowledge);
        await using var server = await RoleBotServer.StartAsync(new Dictionary<string, string?> { ["Reload:Debounce"] = "00:00:00.200", ["RateLimit:PermitsPerMinute"] = "0" }, knowledge.Path);
        await AskTextAsync(server, "spark");

        knowledge.Write("glossary.yml", EmptyRoles);
        knowledge.Write("zoo/zebras.md", ZebraFile);
        await WaitForAsync(server, ZebraQuestion, a => a.GetProperty("text").GetString()!.Contains("quinoa", StringComparison.Ordinal));

        knowledge.Write("glossary.yml", EmptyItemsAndAliases);
        knowledge.Write("zoo/keepers.md", "# Keepers\n\nA zookeeper cleans the giraffe stables with lavender soap.\n");
        await WaitForAsync(server, "What does a zookeeper clean the giraffe stables with?", a => a.GetProperty("text").GetString()!.Contains("lavender", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/healthz", Cancel)).StatusCode);
    }

    [Theory]
    [InlineData(EmptyRoles)]
    [InlineData(EmptyItemsAndAliases)]
    public async Task Start_GlossaryWithEmptyLists_BecomesReady(string glossary)
    {
        using var knowledge = TestPaths.NewTempFolder().CopyFrom(TestPaths.Knowledge);
        knowledge.Write("glossary.yml", glossary);
        await using var server = await RoleBotServer.StartAsync(new Dictionary<string, string?> { ["Reload:Enabled"] = "false" }, knowledge.Path);

        var ready = await WaitForReadyzAsync(server, _ => true);

        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.Contains("Spark", await AskTextAsync(server, "does an MLE need Spark?"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BackgroundServiceFails_ExitsNonZero()
    {
        using var state = TestPaths.NewTempFolder();
        string[] args =
        [
            "--urls=http://127.0.0.1:0", "--environment=Development", $"--Knowledge:Path={TestPaths.Knowledge}", "--Reload:Enabled=false",
            $"--State:FeedbackDatabase={Path.Combine(state.Path, "rolebot.db")}", "--Logging:LogLevel:Default=None",
        ];

        var exitCode = await RoleBotWebHost.RunAsync(args, b => b.Services.AddHostedService<FailingService>()).WaitAsync(TimeSpan.FromSeconds(60), Cancel);

        Assert.NotEqual(0, exitCode);
    }

    private sealed class FailingService : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await Task.Yield();
            throw new InvalidOperationException("a background fault");
        }
    }
}
