using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Answers;
using RoleBot.Tests.Hosting;

namespace RoleBot.Tests.Web;

public sealed class AskApiTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetAsk_KnownQuestion_ReturnsExactlyTheAnswerContract()
    {
        await using var server = await RoleBotServer.StartAsync();
        const string question = "does an MLE need Spark?";

        var response = await server.Client.GetAsync("/api/ask?q=" + Uri.EscapeDataString(question), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        var expected = AnswerContract.From(server.Services.GetRequiredService<KnowledgeHost>().Ask(question)).ToJson();
        Assert.Equal(expected, body);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(["question", "answered", "verdict", "text", "citations", "curated"], json.RootElement.EnumerateObject().Select(p => p.Name));
        var citation = json.RootElement.GetProperty("citations")[0];
        Assert.Equal(["n", "title", "section", "source", "url", "excerpt", "score", "page", "updated", "mayBeOutOfDate"], citation.EnumerateObject().Select(p => p.Name));
        Assert.Equal("yes", json.RootElement.GetProperty("verdict").GetString());
        Assert.Contains("Spark", citation.GetProperty("excerpt").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostAsk_SameQuestionAsGet_ReturnsTheSameJson()
    {
        await using var server = await RoleBotServer.StartAsync();
        const string question = "What is the difference between a data scientist and an ML engineer?";

        var get = await server.Client.GetStringAsync("/api/ask?q=" + Uri.EscapeDataString(question), Cancel);
        var post = await server.Client.PostAsJsonAsync("/api/ask", new { question }, Cancel);

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal(get, await post.Content.ReadAsStringAsync(Cancel));
    }

    [Theory]
    [InlineData("/api/ask?q=")]
    [InlineData("/api/ask?q=%20%20")]
    [InlineData("/api/ask")]
    public async Task GetAsk_EmptyQuestion_Returns400ProblemDetails(string path)
    {
        await using var server = await RoleBotServer.StartAsync();

        var response = await server.Client.GetAsync(path, Cancel);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "empty");
    }

    [Fact]
    public async Task PostAsk_QuestionOver1000Characters_Returns400ProblemDetails()
    {
        await using var server = await RoleBotServer.StartAsync();

        var response = await server.Client.PostAsJsonAsync("/api/ask", new { question = new string('a', 1001) }, Cancel);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "limit is 1,000");
    }

    [Fact]
    public async Task PostAsk_MalformedJson_Returns400ProblemDetails()
    {
        await using var server = await RoleBotServer.StartAsync();

        var response = await server.Client.PostAsync("/api/ask", new StringContent("{\"question\": ", Encoding.UTF8, "application/json"), Cancel);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "not valid JSON");
    }

    [Fact]
    public async Task PostAsk_NotJson_Returns415ProblemDetails()
    {
        await using var server = await RoleBotServer.StartAsync();

        var response = await server.Client.PostAsync("/api/ask", new StringContent("question=spark", Encoding.UTF8, "application/x-www-form-urlencoded"), Cancel);

        // Rejected by endpoint selection (the endpoint declares it accepts application/json) as ProblemDetails.
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task PostAsk_BodyOverWebLimit_Returns413ProblemDetails(bool chunked)
    {
        await using var server = await RoleBotServer.StartAsync();
        var payload = "{\"question\": \"" + new string('a', 40_000) + "\"}";
        HttpContent content = chunked
            ? new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(payload)))
            : new StringContent(payload, Encoding.UTF8, "application/json");
        content.Headers.ContentType = new("application/json");
        if (chunked)
        {
            content.Headers.ContentLength = null;
        }

        var response = await server.Client.PostAsync("/api/ask", content, Cancel);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "16,384 bytes");
    }

    [Fact]
    public async Task Ask_OverPerClientLimit_Returns429WithRetryAfter()
    {
        await using var server = await RoleBotServer.StartAsync(new Dictionary<string, string?> { ["RateLimit:PermitsPerMinute"] = "3" });

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/api/ask?q=spark", Cancel)).StatusCode);
        }

        var limited = await server.Client.GetAsync("/api/ask?q=spark", Cancel);

        await AssertProblemAsync(limited, HttpStatusCode.TooManyRequests, "3 requests per minute");
        var retryAfter = int.Parse(Assert.Single(limited.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        // The health probes are never limited: an orchestrator must not restart a busy replica.
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/healthz", Cancel)).StatusCode);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesAskEndpoints()
    {
        await using var server = await RoleBotServer.StartAsync();

        using var document = JsonDocument.Parse(await server.Client.GetStringAsync("/openapi/v1.json", Cancel));

        var ask = document.RootElement.GetProperty("paths").GetProperty("/api/ask");
        Assert.True(ask.TryGetProperty("get", out _));
        Assert.True(ask.TryGetProperty("post", out var post));
        Assert.True(post.GetProperty("responses").TryGetProperty("400", out _));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        Assert.True(schemas.TryGetProperty("AnswerContract", out _));
    }

    [Fact]
    public async Task Ask_ProductionWithoutKeyOrAnonymous_Returns401()
    {
        // Production refuses to start without Bot Framework credentials; these tests are about the web API only.
        await using var server = await RoleBotServer.StartAsync(new Dictionary<string, string?> { ["BotFramework:AllowUnauthenticated"] = "true" }, environment: "Production");

        var response = await server.Client.GetAsync("/api/ask?q=spark", Cancel);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "Web:ApiKey");
    }

    [Fact]
    public async Task Ask_ApiKeyConfigured_RequiresMatchingKey()
    {
        await using var server = await RoleBotServer.StartAsync(
            new Dictionary<string, string?> { ["Web:ApiKey"] = "s3cret-key", ["BotFramework:AllowUnauthenticated"] = "true" }, environment: "Production");

        var missing = await server.Client.GetAsync("/api/ask?q=spark", Cancel);
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/ask?q=spark") { Headers = { { "X-Api-Key", "nope" } } };
        var wrongResponse = await server.Client.SendAsync(wrong, Cancel);
        using var right = new HttpRequestMessage(HttpMethod.Get, "/api/ask?q=spark") { Headers = { Authorization = new("Bearer", "s3cret-key") } };
        var rightResponse = await server.Client.SendAsync(right, Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongResponse.StatusCode);
        Assert.DoesNotContain("s3cret-key", await wrongResponse.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, rightResponse.StatusCode);
    }

    [Fact]
    public async Task Ask_KnowledgeFolderMissing_Returns503ProblemDetailsNot500()
    {
        await using var server = await RoleBotServer.StartAsync(knowledge: Path.Combine(Path.GetTempPath(), "rolebot-missing-" + Guid.NewGuid().ToString("N")));

        var get = await server.Client.GetAsync("/api/ask?q=spark", Cancel);
        var playground = await server.Client.PostAsJsonAsync("/api/playground/ask", new { question = "spark" }, Cancel);

        await AssertProblemAsync(get, HttpStatusCode.ServiceUnavailable, "does not exist");
        await AssertProblemAsync(playground, HttpStatusCode.ServiceUnavailable, "does not exist");
    }

    internal static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detailContains)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(detailContains, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
