using System.Net.Http.Json;
using System.Text.Json;
using RoleBot.Tests.Hosting;

namespace RoleBot.Tests.Web;

/// <summary>
/// /openapi/v1.json tells the truth about what the server sends (issue 11, item 17): every status and content type,
/// the API key as a security scheme, numbers typed as numbers. (Checked by hand with `npx @redocly/cli lint`.)
/// </summary>
public sealed class OpenApiDocumentTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OpenApi_Document_ListsEveryResponseTheServerSends()
    {
        var doc = await FetchAsync();
        var paths = doc.GetProperty("paths");

        AssertResponses(paths, "/api/ask", "get", "200", "400", "401", "429", "503");
        AssertResponses(paths, "/api/ask", "post", "200", "400", "401", "413", "415", "429", "503");
        AssertResponses(paths, "/api/playground/ask", "post", "200", "400", "401", "413", "415", "429", "503");
        AssertResponses(paths, "/api/playground/feedback", "post", "204", "400", "401", "413", "415", "429", "503");
        AssertResponses(paths, "/api/playground/examples", "get", "200", "401", "429");
        Assert.False(Operation(paths, "/api/playground/feedback", "post").GetProperty("responses").TryGetProperty("200", out _), "feedback answers 204, not 200");
        foreach (var slack in new[] { "/api/slack/events", "/api/slack/commands", "/api/slack/interactions" })
        {
            AssertResponses(paths, slack, "post", "200", "400", "401");
        }

        Assert.Equal("application/json", Content(paths, "/api/playground/ask", "post", "200"));
        Assert.Equal("application/json", Content(paths, "/api/playground/examples", "get", "200"));
        Assert.Equal("application/problem+json", Content(paths, "/api/playground/ask", "post", "503"));
        Assert.True(Operation(paths, "/api/playground/ask", "post").GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
    }

    [Fact]
    public async Task OpenApi_Document_DeclaresTheApiKeyAndUsesIt()
    {
        var doc = await FetchAsync();

        var schemes = doc.GetProperty("components").GetProperty("securitySchemes");
        var apiKey = schemes.GetProperty("ApiKey");
        Assert.Equal("apiKey", apiKey.GetProperty("type").GetString());
        Assert.Equal("header", apiKey.GetProperty("in").GetString());
        Assert.Equal("X-Api-Key", apiKey.GetProperty("name").GetString());
        Assert.Equal("bearer", schemes.GetProperty("Bearer").GetProperty("scheme").GetString());
        var security = Operation(doc.GetProperty("paths"), "/api/ask", "get").GetProperty("security");
        Assert.Contains(security.EnumerateArray(), r => r.TryGetProperty("ApiKey", out _));
    }

    [Fact]
    public async Task OpenApi_Document_TypesNumbersAsNumbersOnly()
    {
        var doc = await FetchAsync();

        var n = doc.GetProperty("components").GetProperty("schemas").GetProperty("CitationContract").GetProperty("properties").GetProperty("n");

        Assert.Equal(JsonValueKind.String, n.GetProperty("type").ValueKind);
        Assert.Equal("integer", n.GetProperty("type").GetString());
        Assert.DoesNotContain("\"pattern\":\"^-?(?:0|[1-9]\\\\d*)$\"", doc.GetRawText().Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> FetchAsync()
    {
        await using var server = await RoleBotServer.StartAsync(new Dictionary<string, string?> { ["Reload:Enabled"] = "false" });
        return await server.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Cancel);
    }

    private static JsonElement Operation(JsonElement paths, string path, string method) => paths.GetProperty(path).GetProperty(method);

    private static string? Content(JsonElement paths, string path, string method, string status) =>
        Operation(paths, path, method).GetProperty("responses").GetProperty(status).GetProperty("content").EnumerateObject().Single().Name;

    private static void AssertResponses(JsonElement paths, string path, string method, params string[] statuses)
    {
        var documented = Operation(paths, path, method).GetProperty("responses").EnumerateObject().Select(r => r.Name).ToHashSet();
        foreach (var status in statuses)
        {
            Assert.True(documented.Contains(status), $"{method.ToUpperInvariant()} {path} does not document {status} (has {string.Join(", ", documented)})");
        }
    }
}
