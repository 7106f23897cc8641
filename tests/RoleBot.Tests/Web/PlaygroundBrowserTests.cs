using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RoleBot.State;
using RoleBot.Tests.Hosting;

namespace RoleBot.Tests.Web;

/// <summary>The playground in real headless Chromium (Debian's /usr/bin/chromium) against the real host.</summary>
public sealed class PlaygroundBrowserTests
{
    private const float Wait = 30_000;

    private static string ArtifactPath(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "artifacts");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    [Fact]
    public async Task Playground_DesktopAskAndVote_ShowsCitedAnswerAndStoresFeedback()
    {
        await using var server = await RoleBotServer.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(server.BaseAddress.ToString());

        // An example question from the startup list, clicked like a user would.
        await page.GetByRole(AriaRole.Button, new() { Name = "Does an MLE need Spark?" }).ClickAsync(new() { Timeout = Wait });
        var answer = page.Locator("article.answer").First;
        await answer.WaitForAsync(new() { Timeout = Wait });

        Assert.Equal("yes", await answer.Locator(".verdict").InnerTextAsync(), ignoreCase: true);
        Assert.True(await answer.Locator(".citations li").CountAsync() >= 1);
        var marks = await answer.Locator(".citations mark").AllInnerTextsAsync();
        Assert.Contains(marks, m => m.Equals("Spark", StringComparison.OrdinalIgnoreCase));
        var link = await answer.Locator(".citations .source a").First.GetAttributeAsync("href");
        Assert.StartsWith("/passage?id=", link, StringComparison.Ordinal);
        Assert.True(await answer.Locator(".lead a.ref").CountAsync() >= 1);

        await answer.GetByRole(AriaRole.Button, new() { Name = "Not helpful" }).ClickAsync();
        await Assertions.Expect(answer.Locator(".feedback-status")).ToContainTextAsync("recorded", new() { Timeout = Wait });
        var vote = Assert.Single(await server.Services.GetRequiredService<IFeedbackStore>().RecentFeedbackAsync(10, TestContext.Current.CancellationToken));
        Assert.Equal(("web", false), (vote.Channel, vote.Helpful));
        Assert.Equal("Does an MLE need Spark?", vote.Question);
        Assert.NotEmpty(vote.CitationIds);

        await page.Locator("#question").FillAsync("What is the difference between a data scientist and an ML engineer?");
        await page.Locator("#question").PressAsync("Enter");
        await page.Locator("article.answer table.comparison").WaitForAsync(new() { Timeout = Wait });
        Assert.True(await page.Locator("article.answer table.comparison tbody tr").CountAsync() >= 2);

        await page.ScreenshotAsync(new() { Path = ArtifactPath("playground-desktop.png"), FullPage = true });
        Assert.All(requests, url => Assert.StartsWith(server.BaseAddress.ToString(), url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Playground_PhoneWidth_FitsWithoutHorizontalScroll()
    {
        await using var server = await RoleBotServer.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
        });
        await page.GotoAsync(server.BaseAddress.ToString());

        await page.Locator("#question").FillAsync("What is the difference between a data scientist and an ML engineer?");
        await page.Locator("#send").TapAsync();
        await page.Locator("article.answer table.comparison").WaitForAsync(new() { Timeout = Wait });
        await page.Locator("#question").FillAsync("does a data scientist need kubernetes?");
        await page.Locator("#send").TapAsync();
        await Assertions.Expect(page.Locator("article.answer")).ToHaveCountAsync(2, new() { Timeout = Wait });

        var pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.InRange(pageWidth, 1, 390);
        var sendBox = await page.Locator("#send").BoundingBoxAsync();
        Assert.NotNull(sendBox);
        Assert.InRange(sendBox.X + sendBox.Width, 1, 390);
        await page.ScreenshotAsync(new() { Path = ArtifactPath("playground-phone.png"), FullPage = true });
    }
}
