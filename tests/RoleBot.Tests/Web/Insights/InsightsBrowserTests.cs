using Microsoft.Playwright;
using RoleBot.Tests.Hosting;

namespace RoleBot.Tests.Web.Insights;

/// <summary>The insights page in real headless Chromium at desktop and phone width, with screenshots kept as artifacts.</summary>
public sealed class InsightsBrowserTests
{
    private const float Wait = 30_000;

    private static string ArtifactPath(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "artifacts");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    private static async Task<RoleBotServer> SeededServerAsync()
    {
        var server = await RoleBotServer.StartAsync();
        await TeamKnowledge.ReadyAsync(server.Client);
        await InsightsSeed.SeedAsync(server);
        return server;
    }

    [Fact]
    public async Task InsightsPage_Desktop_AccessibleSectionsChartAndPassageLinks()
    {
        await using var server = await SeededServerAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        var failed = new List<string>();
        // The browser's own favicon request is the one 404 that is not the page's.
        page.Response += (_, response) => { if (response.Status >= 400 && !response.Url.EndsWith("/favicon.ico", StringComparison.Ordinal)) failed.Add($"{response.Status} {response.Url}"); };
        await page.GotoAsync(new Uri(server.BaseAddress, "/insights").AbsoluteUri);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Insights", new() { Timeout = Wait });
        Assert.Equal(["Unanswered questions, grouped by similarity", "Most asked questions", "Helpful and not helpful over time", "Expert hand-offs", "Documents by last update"],
            await page.GetByRole(AriaRole.Heading, new() { Level = 2 }).AllInnerTextsAsync());
        Assert.Equal(0, await page.Locator("thead th:not([scope=col]), tbody th:not([scope=row])").CountAsync());
        Assert.Equal(await page.Locator("table").CountAsync(), await page.Locator("table > caption").CountAsync());

        // The grouped gap: one row with its similar wordings.
        var room = page.Locator("#unanswered tbody tr").First;
        await Assertions.Expect(room.Locator("th")).ToHaveTextAsync("How do I book a meeting room?");
        await Assertions.Expect(room.Locator("td").First).ToHaveTextAsync("6");
        Assert.Equal(2, await room.Locator("li").CountAsync());

        // The chart: an image with a name and a description that states the totals.
        var chart = page.Locator("#votes svg[role=img]");
        Assert.Equal("Helpful and not helpful votes per day", await page.Locator("#votes-chart-title").TextContentAsync());
        Assert.Contains("helpful and", await page.Locator("#votes-chart-desc").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("votes-chart-title votes-chart-desc", await chart.GetAttributeAsync("aria-labelledby"));
        Assert.True(await chart.Locator("rect.helpful").CountAsync() >= 15);
        Assert.True(await chart.Locator("rect.not-helpful").CountAsync() >= 5);

        await Assertions.Expect(page.Locator("#handoffs .state-answered")).ToHaveTextAsync("answered");
        await Assertions.Expect(page.Locator("#handoffs .state-open")).ToHaveTextAsync("open");

        await page.ScreenshotAsync(new() { Path = ArtifactPath("insights-desktop.png"), FullPage = true });

        // A hand-off's passage opens RoleBot's passage page.
        await page.Locator("#handoffs a[href^='/passage?id=']").First.ClickAsync();
        await Assertions.Expect(page.Locator("body.passage-page h1")).ToBeVisibleAsync(new() { Timeout = Wait });
        Assert.All(requests, url => Assert.StartsWith(server.BaseAddress.ToString(), url, StringComparison.Ordinal));
        Assert.Empty(failed);
    }

    [Fact]
    public async Task InsightsPage_PhoneWidth_FitsWithoutHorizontalScroll()
    {
        await using var server = await SeededServerAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
        });
        await page.GotoAsync(new Uri(server.BaseAddress, "/insights").AbsoluteUri);
        await page.Locator("#votes svg").WaitForAsync(new() { Timeout = Wait });

        Assert.InRange(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), 1, 390);
        var chart = await page.Locator("#votes svg").BoundingBoxAsync();
        Assert.NotNull(chart);
        Assert.InRange(chart.X + chart.Width, 1, 390);
        Assert.True(chart.Height > 60, "the chart keeps a readable height when it scales down");
        await page.ScreenshotAsync(new() { Path = ArtifactPath("insights-phone.png"), FullPage = true });
    }
}
