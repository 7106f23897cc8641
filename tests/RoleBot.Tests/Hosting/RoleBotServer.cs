using Microsoft.AspNetCore.Builder;
using RoleBot.Hosting;
using RoleBot.TestKit;

namespace RoleBot.Tests.Hosting;

/// <summary>
/// The real RoleBot application on Kestrel at 127.0.0.1 on a free port, with its own temporary state folder.
/// One per test: settings go in through <c>settings</c> (configuration keys such as "MicrosoftAppId").
/// </summary>
public sealed class RoleBotServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TempFolder _state = TestPaths.NewTempFolder();

    private RoleBotServer(WebApplication app, TempFolder state)
    {
        _app = app;
        _state = state;
        BaseAddress = new Uri(app.Urls.First());
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public string StateFolder => _state.Path;

    public static async Task<RoleBotServer> StartAsync(IDictionary<string, string?>? settings = null, string? knowledge = null,
        Action<WebApplicationBuilder>? configure = null, string environment = "Development")
    {
        var state = TestPaths.NewTempFolder();
        var args = new List<string> { "--urls=http://127.0.0.1:0", $"--environment={environment}" };
        var all = new Dictionary<string, string?>
        {
            ["Knowledge:Path"] = knowledge ?? TestPaths.Knowledge,
            ["State:FeedbackDatabase"] = Path.Combine(state.Path, "rolebot.db"),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        // Command-line settings are read first and win over appsettings.json, exactly like an operator's flags.
        args.AddRange(all.Select(kv => $"--{kv.Key}={kv.Value}"));
        var app = RoleBotWebHost.Build([.. args], configure);
        await app.StartAsync();
        return new RoleBotServer(app, state);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _state.Dispose();
    }
}
