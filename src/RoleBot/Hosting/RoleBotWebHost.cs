using Microsoft.AspNetCore.Server.Kestrel.Core;
using RoleBot.Channels.Slack;
using RoleBot.Channels.Teams;
using RoleBot.ConfigFiles;
using RoleBot.Experts;
using RoleBot.Hosting.Operations;
using RoleBot.Knowledge;
using RoleBot.State;
using RoleBot.Web;

namespace RoleBot.Hosting;

/// <summary>The web host: every channel, the playground and the REST API, on Kestrel (default http://localhost:3978).</summary>
public static class RoleBotWebHost
{
    public const string DefaultUrl = "http://localhost:3978";

    /// <summary>Largest request body any endpoint accepts (1 MiB); Bot Framework and Slack payloads are far smaller.</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static async Task<int> RunAsync(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        WebApplication app;
        try
        {
            app = Build(args, configure);
        }
        catch (StartupException ex)
        {
            await Console.Error.WriteLineAsync($"rolebot: {ex.Message}");
            return 1;
        }

        // Taken before running: the host disposes its services when it stops.
        var background = app.Services.GetServices<IHostedService>().OfType<BackgroundService>().ToList();
        try
        {
            await app.RunAsync();
        }
#pragma warning disable CA1031 // A failed start (port taken, ...) is one line and a non-zero exit, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await Console.Error.WriteLineAsync($"rolebot: could not start: {ex.Message}");
            return 1;
        }

        // A background service that faulted stopped the host: exit non-zero so a supervisor restarts the process.
        var faulted = background.FirstOrDefault(s => s.ExecuteTask?.IsFaulted == true);
        if (faulted is not null)
        {
            await Console.Error.WriteLineAsync($"rolebot: stopped because {faulted.GetType().Name} failed: {faulted.ExecuteTask!.Exception!.GetBaseException().Message}");
            return 1;
        }

        return 0;
    }

    /// <summary>Builds the application; tests call this with their own settings and start it on 127.0.0.1:0.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        args = CommandLineSwitches.Expand(args);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddCommandLine(args, CommandLineSwitches.Mappings);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            k.AddServerHeader = false;
        });
        builder.Services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestHeadersTotalSize = 32 * 1024);
        builder.Services.AddRoleBotKnowledge();
        builder.Services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.SectionName);
        builder.Services.AddRoleBotState();
        builder.Services.AddProblemDetails();
        builder.Services.AddHostedService<KnowledgeWarmup>();
        builder.AddTeamsChannel();
        builder.AddSlackChannel();
        builder.AddWebChannel();
        builder.AddRoleBotOperations();
        builder.Services.AddConfigFileWatching();
        builder.AddExperts();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapHealthEndpoints();
        app.MapLegalPages();
        app.MapTeamsChannel();
        app.MapSlackChannel();
        app.MapWebChannel();
        return app;
    }
}
