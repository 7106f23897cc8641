using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RoleBot.State;
using RoleBot.TestKit;
using RoleBot.TestKit.Documents;
using RoleBot.Tests.Hosting;

namespace RoleBot.Tests.Web;

/// <summary>
/// The real server over a folder of generated PDF and Word files, its clock fixed at 2025-06-01: the playground's
/// citation names the PDF page and the date (the handbook, from 2024-03-01, is past the 365-day limit), the passage page
/// shows the page, and every answer's cited documents are recorded for `report`.
/// </summary>
public sealed class PdfAndWordCitationsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = TestPaths.NewTempFolder();
    private RoleBotServer _server = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await File.WriteAllBytesAsync(Path.Combine(_folder.Path, "handbook.pdf"), SampleDocuments.Handbook().Build(), Cancel);
        await File.WriteAllBytesAsync(Path.Combine(_folder.Path, "guide.docx"), SampleDocuments.Guide().Build(), Cancel);
        _server = await RoleBotServer.StartAsync(new Dictionary<string, string?> { ["Reload:Enabled"] = "false" }, _folder.Path,
            builder => builder.Services.AddSingleton<TimeProvider>(new FixedTime(Now)));
    }

    private async Task<JsonElement> AskPlaygroundAsync(string question)
    {
        var response = await _server.Client.PostAsJsonAsync("/api/playground/ask", new { question, sessionId = Guid.NewGuid().ToString("N") }, Cancel);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel))!;
    }

    [Fact]
    public async Task Playground_PdfAnswer_CitationHasPageDateAndOutOfDateMark()
    {
        var answer = await AskPlaygroundAsync("When do engineers deploy to production?");

        var citation = answer.GetProperty("citations")[0];
        Assert.Equal("handbook.pdf", citation.GetProperty("source").GetString());
        Assert.Equal(3, citation.GetProperty("page").GetInt32());
        Assert.Equal("2024-03-01", citation.GetProperty("updated").GetString());
        Assert.True(citation.GetProperty("mayBeOutOfDate").GetBoolean());
        Assert.Equal("updated 2024-03-01 \u00B7 may be out of date", citation.GetProperty("freshness").GetString());
        Assert.Contains("Deployments, p. 3 \u00B7 updated 2024-03-01 \u00B7 may be out of date", answer.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PassagePage_PdfPassage_ShowsPageAndDate()
    {
        var answer = await AskPlaygroundAsync("When do engineers deploy to production?");
        var link = answer.GetProperty("citations")[0].GetProperty("link").GetString()!;

        var html = await _server.Client.GetStringAsync(link, Cancel);

        Assert.Contains("Deployments <span class=\"page\">&middot; p. 3</span>", html, StringComparison.Ordinal);
        Assert.Contains("updated 2024-03-01 &middot; may be out of date", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlaygroundInBrowser_PdfAnswer_SourceLineShowsPageAndWarningAndTheLinkOpensThePassage()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        await page.GotoAsync(_server.BaseAddress.ToString());

        await page.Locator("#question").FillAsync("When do engineers deploy to production?");
        await page.Locator("#question").PressAsync("Enter");
        var source = page.Locator("article.answer .citations .source").First;
        await source.WaitForAsync(new() { Timeout = 30_000 });

        Assert.Equal("Engineering onboarding handbook \u203A Deployments, p. 3", await source.Locator("a").InnerTextAsync());
        Assert.Equal("\u00B7 updated 2024-03-01 \u00B7 may be out of date", (await source.Locator(".updated.stale").InnerTextAsync()).Trim());
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "artifacts");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "playground-pdf-citation-phone.png"), FullPage = true });

        await page.GotoAsync(new Uri(_server.BaseAddress, await source.Locator("a").GetAttributeAsync("href")).ToString());
        Assert.Equal("Deployments \u00B7 p. 3", await page.Locator("h2").InnerTextAsync());
    }

    [Fact]
    public async Task ApiAsk_WordAnswer_ContractCarriesDateWithoutPage()
    {
        var response = await _server.Client.PostAsJsonAsync("/api/ask", new { question = "When does the on-call rotation start?" }, Cancel);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        var citation = json.GetProperty("citations")[0];
        Assert.Equal("guide.docx", citation.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, citation.GetProperty("page").ValueKind);
        Assert.Equal("2023-11-20", citation.GetProperty("updated").GetString());
        Assert.True(citation.GetProperty("mayBeOutOfDate").GetBoolean());
    }

    [Fact]
    public async Task Answers_CitedDocuments_AreRecordedWithTheClockTime()
    {
        await AskPlaygroundAsync("When do engineers deploy to production?");

        var cited = await _server.Services.GetRequiredService<IFeedbackStore>().LastCitedAsync(Cancel);

        Assert.Equal(Now, cited["handbook.pdf"]);
        Assert.False(cited.ContainsKey("guide.docx"));
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }
}
