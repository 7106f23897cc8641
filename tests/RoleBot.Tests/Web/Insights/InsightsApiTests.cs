using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RoleBot.Tests.Hosting;
using RoleBot.Web.Insights;

namespace RoleBot.Tests.Web.Insights;

/// <summary>The insights data through the API, the grouping of unanswered questions and the page's access rule.</summary>
public sealed class InsightsApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApiInsights_SeededHistory_GroupsSimilarUnansweredQuestions()
    {
        await using var server = await RoleBotServer.StartAsync();
        await TeamKnowledge.ReadyAsync(server.Client);
        await InsightsSeed.SeedAsync(server);

        var report = await server.Client.GetFromJsonAsync<JsonElement>("/api/insights", Ct);
        var groups = report.GetProperty("unanswered").EnumerateArray().ToList();
        Assert.Equal(3, groups.Count);
        Assert.Equal(("How do I book a meeting room?", 6), (groups[0].GetProperty("question").GetString(), groups[0].GetProperty("count").GetInt32()));
        Assert.Equal(InsightsSeed.RoomQuestions, groups[0].GetProperty("members").EnumerateArray().Select(m => m.GetProperty("question").GetString()));
        Assert.Equal(("What is the vacation policy?", 3), (groups[1].GetProperty("question").GetString(), groups[1].GetProperty("count").GetInt32()));
        Assert.Equal((InsightsSeed.Printer, 1), (groups[2].GetProperty("question").GetString(), groups[2].GetProperty("count").GetInt32()));

        var mostAsked = report.GetProperty("mostAsked").EnumerateArray().First();
        Assert.Equal(("Does an MLE need Spark?", 2), (mostAsked.GetProperty("question").GetString(), mostAsked.GetProperty("count").GetInt32()));
        var link = mostAsked.GetProperty("passages")[0].GetProperty("link").GetString()!;
        Assert.StartsWith("/passage?id=", link, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync(link, Ct)).StatusCode);

        var votes = report.GetProperty("votes").EnumerateArray().ToList();
        Assert.Equal(InsightsBuilder.ChartDays, votes.Count);
        Assert.Equal(Enumerable.Range(0, 20).Sum(d => (d % 4) + 1), votes.Sum(v => v.GetProperty("helpful").GetInt32() + v.GetProperty("notHelpful").GetInt32()));

        Assert.Equal(["open", "answered"], report.GetProperty("handoffs").EnumerateArray().Select(h => h.GetProperty("state").GetString()));
        Assert.NotEmpty(report.GetProperty("documents").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("staleAfterDays").ValueKind);
    }

    [Fact]
    public void Group_Jaccard_SingleLinkAndThreshold()
    {
        IReadOnlySet<string> Tokens(string q) => q.Split(' ').ToHashSet();
        var groups = QuestionClusters.Group([("a b c d", 1), ("a b c e", 5), ("x y", 2), ("a b", 1), ("x z w", 1)], Tokens);

        // Most asked first, ties in text order: "a b" shares 2 of 4 terms with "a b c e" (0.5: joins), "a b c d" 3 of 5 (0.6).
        Assert.Equal(["a b c e", "a b", "a b c d"], groups[0].Members.Select(m => m.Question));
        Assert.Equal(7, groups[0].Count);
        // "x z w" shares 1 of 4 with "x y" (0.25): its own group.
        Assert.Equal(["x y", "x z w"], groups.Skip(1).Select(g => g.Question));
        Assert.Equal(1.0, QuestionClusters.Jaccard(new HashSet<string>(), new HashSet<string>()));
        Assert.Equal(1 / 3.0, QuestionClusters.Jaccard(new HashSet<string> { "a", "b" }, new HashSet<string> { "b", "c" }), 6);
    }

    [Theory]
    [InlineData("/insights")]
    [InlineData("/api/insights")]
    public async Task Insights_ProductionWithApiKey_NeedsTheKey(string path)
    {
        await using var server = await RoleBotServer.StartAsync(new Dictionary<string, string?> { ["Web:ApiKey"] = "insights-test-key", ["BotFramework:AllowUnauthenticated"] = "true" }, environment: "Production");
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.GetAsync(path, Ct)).StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Api-Key", "insights-test-key");
        Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(request, Ct)).StatusCode);
    }

    [Fact]
    public async Task InsightsPage_StaleAfterDays_MarksOldDocuments()
    {
        using var knowledge = TeamKnowledge.Create();
        File.SetLastWriteTimeUtc(Path.Combine(knowledge.Path, "challenges.md"), DateTime.UtcNow.AddDays(-400));
        await using var server = await RoleBotServer.StartAsync(new Dictionary<string, string?> { ["Knowledge:StaleAfterDays"] = "365" }, knowledge: knowledge.Path);
        await TeamKnowledge.ReadyAsync(server.Client);
        var documents = (await server.Client.GetFromJsonAsync<JsonElement>("/api/insights", Ct)).GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(("challenges.md", true), (documents[0].GetProperty("source").GetString(), documents[0].GetProperty("stale").GetBoolean()));
        Assert.All(documents.Skip(1), d => Assert.False(d.GetProperty("stale").GetBoolean()));
    }
}
