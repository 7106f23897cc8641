using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.State;
using RoleBot.Tests.Hosting;

namespace RoleBot.Tests.Web;

public sealed class PlaygroundApiTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PlaygroundAsk_Answer_HasHighlightsInsideExcerptsAndOpeningLinks()
    {
        await using var server = await RoleBotServer.StartAsync();

        var answer = await AskAsync(server, "does an MLE need Spark?");

        Assert.Equal("yes", answer.GetProperty("verdict").GetString());
        var citation = answer.GetProperty("citations")[0];
        var excerpt = citation.GetProperty("excerpt").GetString()!;
        var highlights = citation.GetProperty("highlights").EnumerateArray().ToList();
        Assert.NotEmpty(highlights);
        var marked = highlights.Select(h => excerpt.Substring(h.GetProperty("start").GetInt32(), h.GetProperty("length").GetInt32())).ToList();
        Assert.Contains(marked, m => m.Equals("Spark", StringComparison.OrdinalIgnoreCase));
        var page = await server.Client.GetAsync(citation.GetProperty("link").GetString(), Cancel);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(excerpt), await page.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlaygroundAsk_Comparison_ReturnsTableWithCitationsInCells()
    {
        await using var server = await RoleBotServer.StartAsync();

        var answer = await AskAsync(server, "What is the difference between a data scientist and an ML engineer?");

        var table = answer.GetProperty("comparison");
        Assert.Equal(2, table.GetProperty("roles").GetArrayLength());
        var count = answer.GetProperty("citations").GetArrayLength();
        var cells = table.GetProperty("rows").EnumerateArray().SelectMany(r => r.GetProperty("cells").EnumerateArray()).Where(c => c.ValueKind == JsonValueKind.Number).ToList();
        Assert.NotEmpty(cells);
        Assert.All(cells, c => Assert.InRange(c.GetInt32(), 1, count));
    }

    [Fact]
    public async Task PlaygroundAsk_FollowUpInSameSession_UsesPreviousTopic()
    {
        await using var server = await RoleBotServer.StartAsync();
        var session = Guid.NewGuid().ToString("N");

        await AskAsync(server, "What skills does an ML engineer need?", session);
        var followUp = await AskAsync(server, "what about data scientists?", session);
        var alone = await AskAsync(server, "what about data scientists?", Guid.NewGuid().ToString("N"));

        Assert.True(followUp.GetProperty("answered").GetBoolean());
        Assert.Contains("skill", followUp.GetProperty("text").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(alone.GetProperty("text").GetString(), followUp.GetProperty("text").GetString());
    }

    [Fact]
    public async Task PlaygroundAsk_BadSessionId_Returns400()
    {
        await using var server = await RoleBotServer.StartAsync();

        var response = await server.Client.PostAsJsonAsync("/api/playground/ask", new { question = "spark?", sessionId = "<script>" }, Cancel);

        await AskApiTests.AssertProblemAsync(response, HttpStatusCode.BadRequest, "sessionId");
    }

    [Fact]
    public async Task Feedback_NotHelpfulVote_IsStoredWithWebChannel()
    {
        await using var server = await RoleBotServer.StartAsync();

        var response = await server.Client.PostAsJsonAsync("/api/playground/feedback",
            new { question = "does an MLE need Spark?", answerText = "Yes: ...", citations = new[] { "p1" }, helpful = false }, Cancel);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var stored = Assert.Single(await server.Services.GetRequiredService<IFeedbackStore>().RecentFeedbackAsync(10, Cancel));
        Assert.Equal(("web", "does an MLE need Spark?", false, "p1"), (stored.Channel, stored.Question, stored.Helpful, Assert.Single(stored.CitationIds)));
    }

    [Fact]
    public async Task Feedback_MissingVote_Returns400AndStoresNothing()
    {
        await using var server = await RoleBotServer.StartAsync();

        var response = await server.Client.PostAsJsonAsync("/api/playground/feedback", new { question = "spark?" }, Cancel);

        await AskApiTests.AssertProblemAsync(response, HttpStatusCode.BadRequest, "helpful");
        Assert.Empty(await server.Services.GetRequiredService<IFeedbackStore>().RecentFeedbackAsync(10, Cancel));
    }

    [Theory]
    [InlineData("comment", "comment is longer than 1,000")]
    [InlineData("answerText", "answerText is longer than 20,000")]
    [InlineData("citations", "at most 20 ids")]
    [InlineData("citationLength", "at most 20 ids of up to 300")]
    public async Task Feedback_OverFieldLimit_Returns400AndStoresNothing(string field, string detail)
    {
        await using var server = await RoleBotServer.StartAsync(new Dictionary<string, string?> { ["Web:MaxBodyBytes"] = "100000" });
        object vote = field switch
        {
            "comment" => new { question = "spark?", helpful = false, comment = new string('c', 1001) },
            "answerText" => new { question = "spark?", helpful = false, answerText = new string('a', 20_001) },
            "citations" => new { question = "spark?", helpful = false, citations = Enumerable.Range(0, 21).Select(i => $"p{i}").ToArray() },
            _ => new { question = "spark?", helpful = false, citations = new[] { new string('p', 301) } },
        };

        var response = await server.Client.PostAsJsonAsync("/api/playground/feedback", vote, Cancel);

        await AskApiTests.AssertProblemAsync(response, HttpStatusCode.BadRequest, detail);
        Assert.Empty(await server.Services.GetRequiredService<IFeedbackStore>().RecentFeedbackAsync(10, Cancel));
    }

    [Fact]
    public async Task PlaygroundAsk_SessionIdOver64Characters_Returns400()
    {
        await using var server = await RoleBotServer.StartAsync();

        var response = await server.Client.PostAsJsonAsync("/api/playground/ask", new { question = "spark?", sessionId = new string('a', 65) }, Cancel);

        await AskApiTests.AssertProblemAsync(response, HttpStatusCode.BadRequest, "1 to 64");
    }

    [Fact]
    public async Task Ask_UnansweredQuestions_AreRecordedForTheReport()
    {
        await using var server = await RoleBotServer.StartAsync();

        await server.Client.GetAsync("/api/ask?q=" + Uri.EscapeDataString("how do I book a meeting room?"), Cancel);
        await AskAsync(server, "How do I book a meeting room?");
        await server.Client.GetAsync("/api/ask?q=spark", Cancel);

        var top = await server.Services.GetRequiredService<IFeedbackStore>().TopUnansweredAsync(5, Cancel);
        var (question, count) = Assert.Single(top);
        Assert.Equal("how do I book a meeting room?", question, ignoreCase: true);
        Assert.Equal(2, count);
    }

    [Fact]
    public async Task Examples_Default_ListsStartupQuestions()
    {
        await using var server = await RoleBotServer.StartAsync(new Dictionary<string, string?> { ["Web:Examples:0"] = "Does a data scientist need SQL?" });

        var examples = await server.Client.GetFromJsonAsync<JsonElement>("/api/playground/examples", Cancel);

        Assert.Equal(["Does a data scientist need SQL?"], examples.GetProperty("examples").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Page_Root_ServesPlaygroundWithStrictCspAndNoExternalResources()
    {
        await using var server = await RoleBotServer.StartAsync();

        var response = await server.Client.GetAsync("/", Cancel);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        var script = await server.Client.GetStringAsync("/playground/playground.js", Cancel);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("script-src 'self'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.DoesNotContain("http", html.Replace("http-equiv", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("innerHTML", script, StringComparison.Ordinal);
        Assert.DoesNotContain("://", script, StringComparison.Ordinal);
    }

    internal static async Task<JsonElement> AskAsync(RoleBotServer server, string question, string? session = null)
    {
        var response = await server.Client.PostAsJsonAsync("/api/playground/ask", new { question, sessionId = session }, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }
}
