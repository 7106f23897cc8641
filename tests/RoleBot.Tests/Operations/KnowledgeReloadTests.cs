using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RoleBot.TestKit;
using RoleBot.Tests.Hosting;

namespace RoleBot.Tests.Operations;

/// <summary>Live reload on a temporary copy of the knowledge folder, through the real host and its file watcher.</summary>
public sealed class KnowledgeReloadTests
{
    internal const string ZebraQuestion = "What do zebra keepers feed the zebras?";
    internal const string ZebraFile = """
        ---
        title: Zoo onboarding
        ---
        # Zoo onboarding

        ## Feeding

        A zebra keeper feeds the zebras quinoa and hay every morning.
        """;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Task<RoleBotServer> StartAsync(TempFolder knowledge) =>
        RoleBotServer.StartAsync(new Dictionary<string, string?> { ["Reload:Debounce"] = "00:00:00.200", ["RateLimit:PermitsPerMinute"] = "0" }, knowledge.Path);

    [Fact]
    public async Task Reload_FileAddedThenDeleted_FactBecomesAnswerableThenGone()
    {
        using var knowledge = TestPaths.NewTempFolder().CopyFrom(TestPaths.Knowledge);
        await using var server = await StartAsync(knowledge);
        Assert.DoesNotContain("quinoa", await AskTextAsync(server, ZebraQuestion), StringComparison.Ordinal);

        knowledge.Write("zoo/zebras.md", ZebraFile);
        var answer = await WaitForAsync(server, ZebraQuestion, a => a.GetProperty("answered").GetBoolean() && a.GetProperty("text").GetString()!.Contains("quinoa", StringComparison.Ordinal));
        Assert.Equal("zoo/zebras.md", answer.GetProperty("citations")[0].GetProperty("source").GetString());

        File.Delete(Path.Combine(knowledge.Path, "zoo", "zebras.md"));
        await WaitForAsync(server, ZebraQuestion, a => !a.GetProperty("text").GetString()!.Contains("quinoa", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reload_ExistingFileEdited_NewSentenceIsQuoted()
    {
        using var knowledge = TestPaths.NewTempFolder().CopyFrom(TestPaths.Knowledge);
        await using var server = await StartAsync(knowledge);
        await AskTextAsync(server, "spark");

        await File.AppendAllTextAsync(Path.Combine(knowledge.Path, "ml-engineer.md"), "\n\n## Zebra duty\n\nAn ML engineer on zebra duty feeds the zebras quinoa on Fridays.\n", Cancel);

        await WaitForAsync(server, "Which role feeds the zebras quinoa?", a => a.GetProperty("text").GetString()!.Contains("zebra duty", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reload_BrokenFileWhileAnswering_KeepsServingAndReadyzReportsIt()
    {
        using var knowledge = TestPaths.NewTempFolder().CopyFrom(TestPaths.Knowledge);
        await using var server = await StartAsync(knowledge);
        await AskTextAsync(server, "spark");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        // Questions keep arriving during the reloads: each must get a whole answer from a whole index.
        var asking = Task.Run(async () =>
        {
            var count = 0;
            while (!stop.IsCancellationRequested)
            {
                var response = await server.Client.GetAsync("/api/ask?q=" + Uri.EscapeDataString("does an MLE need Spark?"), CancellationToken.None);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(CancellationToken.None)).GetProperty("answered").GetBoolean());
                count++;
            }

            return count;
        }, CancellationToken.None);

        var noise = new byte[4096];
        Random.Shared.NextBytes(noise);
        await File.WriteAllBytesAsync(Path.Combine(knowledge.Path, "broken.md"), noise, Cancel);
        knowledge.Write("zebras.md", ZebraFile);

        var ready = await WaitForReadyzAsync(server, r => r.GetProperty("skippedFiles").GetInt32() == 1);
        await stop.CancelAsync();
        Assert.True(await asking > 0);
        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.Contains("quinoa", await AskTextAsync(server, ZebraQuestion), StringComparison.Ordinal);
    }

    internal static async Task<string> AskTextAsync(RoleBotServer server, string question) =>
        (await server.Client.GetFromJsonAsync<JsonElement>("/api/ask?q=" + Uri.EscapeDataString(question), Cancel)).GetProperty("text").GetString()!;

    internal static async Task<JsonElement> WaitForAsync(RoleBotServer server, string question, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var answer = await server.Client.GetFromJsonAsync<JsonElement>("/api/ask?q=" + Uri.EscapeDataString(question), Cancel);
            if (done(answer))
            {
                return answer;
            }

            Assert.True(DateTime.UtcNow < deadline, "the change was not picked up within 30 s; last answer: " + answer);
            await Task.Delay(100, Cancel);
        }
    }

    internal static async Task<JsonElement> WaitForReadyzAsync(RoleBotServer server, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var response = await server.Client.GetAsync("/readyz", Cancel);
            if (response.StatusCode == HttpStatusCode.OK && await response.Content.ReadFromJsonAsync<JsonElement>(Cancel) is var ready && done(ready))
            {
                return ready;
            }

            Assert.True(DateTime.UtcNow < deadline, "/readyz did not report the change within 30 s");
            await Task.Delay(100, Cancel);
        }
    }
}
