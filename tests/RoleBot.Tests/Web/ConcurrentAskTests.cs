using System.Net;
using RoleBot.Tests.Hosting;

namespace RoleBot.Tests.Web;

public sealed class ConcurrentAskTests
{
    [Fact]
    public async Task Ask_ManyConcurrentQuestionsWithoutCache_AllAnswered200()
    {
        await using var server = await RoleBotServer.StartAsync(new Dictionary<string, string?>
        {
            ["Answers:CacheSize"] = "0",
            ["RateLimit:PermitsPerMinute"] = "0",
        });
        string[] questions =
        [
            "does an MLE need Spark?",
            "What is the difference between a data scientist and an ML engineer?",
            "What skills does a data scientist need?",
            "what does an ML engineer do?",
        ];
        await server.Client.GetAsync("/api/ask?q=spark", TestContext.Current.CancellationToken);

        // Every question composes its answer at the same time as others: the core must be safe for concurrent readers.
        // 32 clients asking back to back, as in the load benchmark where the race showed up as 500s.
        var statuses = await Task.WhenAll(Enumerable.Range(0, 32).Select(async worker =>
        {
            var seen = new List<HttpStatusCode>();
            for (var i = 0; i < 60; i++)
            {
                using var response = await server.Client.GetAsync("/api/ask?q=" + Uri.EscapeDataString(questions[(worker + i) % questions.Length]), TestContext.Current.CancellationToken);
                seen.Add(response.StatusCode);
            }

            return seen;
        }));

        Assert.All(statuses.SelectMany(s => s), s => Assert.Equal(HttpStatusCode.OK, s));
    }
}
