using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RoleBot.Experts;
using RoleBot.Tests.Channels.Slack;
using static RoleBot.Tests.Experts.SlackExpertSteps;

namespace RoleBot.Tests.Experts;

/// <summary>The playground's "Ask an expert" in headless Chromium: the expert answers in Slack, the page shows it credited.</summary>
public sealed class PlaygroundExpertsBrowserTests
{
    private const float Wait = 30_000;

    [Fact]
    public async Task UnansweredQuestion_AskExpert_ExpertsSlackReplyAppearsOnThePage_Save()
    {
        using var knowledge = TeamKnowledge.Create(experts: ExpertsYaml);
        await using var host = await SlackHost.StartAsync(new Dictionary<string, string?> { ["Knowledge:Path"] = knowledge.Path });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(host.Server.BaseAddress.ToString());
        await page.WaitForFunctionAsync("() => window.rolebotExperts !== undefined", null, new() { Timeout = Wait });

        await page.Locator("#question").FillAsync(TeamKnowledge.UncoveredQuestion);
        await page.Locator("#question").PressAsync("Enter");
        var answer = page.Locator("article.answer.unanswered").First;
        var ask = answer.GetByRole(AriaRole.Button, new() { Name = "Ask an expert" });
        await ask.WaitForAsync(new() { Timeout = Wait });
        Assert.DoesNotContain(host.Slack.CallsTo("chat.postMessage"), c => (string?)c.Body["channel"] == "C0EXPERTS");

        await ask.ClickAsync();
        await Assertions.Expect(answer.Locator(".expert [role=status]")).ToContainTextAsync("passed your question to the experts", new() { Timeout = Wait });
        var handoff = await HandoffAsync(host.Server.Services);
        await host.PostEventAsync(ThreadReply("C0EXPERTS", handoff.Target!.ThreadTs!, "U0ANA", "The platform team grants it on request.", "1700000602.000001"));

        await Assertions.Expect(answer.Locator(".expert-credit")).ToHaveTextAsync("Ana Lima answered:", new() { Timeout = Wait });
        await Assertions.Expect(answer.Locator(".expert-answer")).ToHaveTextAsync("The platform team grants it on request.");
        await answer.GetByRole(AriaRole.Button, new() { Name = "Save as answer" }).ClickAsync();
        await Assertions.Expect(answer.Locator(".expert [role=status]")).ToContainTextAsync("Saved as a curated answer from Ana Lima", new() { Timeout = Wait });
        Assert.Single(await host.Server.Services.GetRequiredService<ICuratedAnswerStore>().ListAsync(TestContext.Current.CancellationToken));

        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "artifacts");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "playground-ask-expert.png"), FullPage = true });
    }
}
