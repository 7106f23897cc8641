using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using RoleBot.TestKit;
using RoleBot.Tests.Hosting;

namespace RoleBot.Tests.Channels.Teams;

/// <summary>
/// Microsoft's own client end to end: Web Chat's bundled build in headless Chromium, talking through offline-directline
/// (a local Direct Line) to RoleBot in local development mode. Needs node and <c>tests/webchat/setup.sh</c>.
/// </summary>
public sealed class WebChatEndToEndTests
{
    private static readonly string WebChatFolder = Path.Combine(TestPaths.RepoRoot, "tests", "webchat");
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task WebChat_AsksQuestion_ShowsAnswerCardWithCitation()
    {
        var ct = TestContext.Current.CancellationToken;
        RequirePrerequisites();
        await using var bot = await RoleBotServer.StartAsync();
        using var directLine = await DirectLineProcess.StartAsync(new Uri(bot.BaseAddress, "/api/messages"), ct);
        await using var page = await StartPageHostAsync(directLine.Port);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true });
        var tab = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 900, Height = 1200 } });
        await tab.GotoAsync(page.Urls.First());
        await tab.WaitForFunctionAsync("() => window.webChatReady === true", null, new() { Timeout = (float)Wait.TotalMilliseconds });

        var input = tab.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync("Does an ML engineer need Spark?");
        await input.PressAsync("Enter");

        var card = tab.Locator(".ac-adaptiveCard").Filter(new() { HasText = "Sources" }).Last;
        await card.WaitForAsync(new() { Timeout = (float)Wait.TotalMilliseconds });
        var text = await card.InnerTextAsync();
        Assert.Contains("[1] \u201C", text, StringComparison.Ordinal);
        Assert.Contains("Helpful", text, StringComparison.Ordinal);

        var shot = Path.Combine(AppContext.BaseDirectory, "TestResults", "artifacts", "webchat.png");
        Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
        await tab.ScreenshotAsync(new() { Path = shot, FullPage = true });
        Assert.True(new FileInfo(shot).Length > 10_000);
        TestContext.Current.SendDiagnosticMessage($"Web Chat screenshot: {shot}");
    }

    private static void RequirePrerequisites()
    {
        var missing = new List<string>();
        if (!File.Exists("/usr/bin/chromium"))
        {
            missing.Add("/usr/bin/chromium");
        }

        if (FindOnPath("node") is null)
        {
            missing.Add("node");
        }

        if (!File.Exists(Path.Combine(WebChatFolder, "webchat.js")) || !Directory.Exists(Path.Combine(WebChatFolder, "node_modules", "offline-directline")))
        {
            missing.Add("tests/webchat/webchat.js and node_modules (run tests/webchat/setup.sh)");
        }

        if (missing.Count == 0)
        {
            return;
        }

        var message = "Web Chat end-to-end test needs: " + string.Join(", ", missing);
        // CI must run this test: only a developer machine may skip it.
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);

    /// <summary>The test page and webchat.js, served from a Kestrel of the test's own.</summary>
    private static async Task<WebApplication> StartPageHostAsync(int directLinePort)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var html = $$"""
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>RoleBot in Web Chat</title>
            <style>html, body, #webchat { height: 100%; margin: 0; }</style></head>
            <body><div id="webchat"></div>
            <script src="/webchat.js"></script>
            <script>
              const directLine = WebChat.createDirectLine({ domain: 'http://127.0.0.1:{{directLinePort}}/directline', webSocket: false, token: 'offline', pollingInterval: 300 });
              const store = WebChat.createStore({}, () => next => action => {
                if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') window.webChatReady = true;
                return next(action);
              });
              WebChat.renderWebChat({ directLine, store, userID: 'user-1', username: 'Tester' }, document.getElementById('webchat'));
            </script></body></html>
            """;
        app.MapGet("/", () => Results.Content(html, "text/html"));
        app.MapGet("/webchat.js", () => Results.File(Path.Combine(WebChatFolder, "webchat.js"), "text/javascript"));
        await app.StartAsync();
        return app;
    }

    /// <summary>node directline.js BOT_URL: offline-directline on 127.0.0.1 and a free port; exits when stdin closes.</summary>
    private sealed class DirectLineProcess : IDisposable
    {
        private readonly Process _process;

        private DirectLineProcess(Process process, int port)
        {
            _process = process;
            Port = port;
        }

        public int Port { get; }

        public static async Task<DirectLineProcess> StartAsync(Uri botUrl, CancellationToken cancellationToken)
        {
            var info = new ProcessStartInfo("node") { WorkingDirectory = WebChatFolder, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
            info.ArgumentList.Add("directline.js");
            info.ArgumentList.Add(botUrl.AbsoluteUri);
            var process = Process.Start(info)!;
            var port = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            process.OutputDataReceived += (_, e) =>
            {
                if (e.Data?.StartsWith("DIRECTLINE_PORT=", StringComparison.Ordinal) == true)
                {
                    port.TrySetResult(int.Parse(e.Data["DIRECTLINE_PORT=".Length..]));
                }
            };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { TestContext.Current.SendDiagnosticMessage("directline: " + e.Data); } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var started = await port.Task.WaitAsync(TimeSpan.FromSeconds(20), cancellationToken);
            return new DirectLineProcess(process, started);
        }

        public void Dispose()
        {
            try
            {
                _process.StandardInput.Close();
                if (!_process.WaitForExit(5000))
                {
                    _process.Kill();
                }
            }
            catch (InvalidOperationException)
            {
            }

            _process.Dispose();
        }
    }
}
