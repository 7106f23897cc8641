using System.CommandLine;
using RoleBot.Hosting;
using RoleBot.Knowledge;
using RoleBot.State;
using RoleBot.State.Redis;

namespace RoleBot.Cli;

/// <summary>The services a CLI verb uses: the same configuration sources and core registration as the web host.</summary>
internal static class CliServices
{
    /// <param name="parse">The verb's parsed command line.</param>
    /// <param name="printsLoadWarnings">The verb prints each skipped file itself, so the loader's log line would repeat it.</param>
    public static ServiceProvider Create(ParseResult parse, bool printsLoadWarnings = false)
    {
        var args = new List<string>();
        if (parse.GetValue(CliApp.KnowledgeOption) is { } knowledge)
        {
            args.Add($"--Knowledge:Path={Path.GetFullPath(knowledge)}");
        }

        if (parse.GetValue(CliApp.NoSemanticOption))
        {
            args.Add("--Knowledge:Semantic=false");
        }

        if (parse.GetValue(CliApp.StaleAfterDaysOption) is { } staleAfterDays)
        {
            args.Add($"--Knowledge:StaleAfterDays={staleAfterDays.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine([.. args], CommandLineSwitches.Mappings)
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        // Logs go to stderr so stdout stays clean for answers and JSON.
        services.AddLogging(l => l
            .AddConfiguration(configuration.GetSection("Logging"))
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter((category, level) => level >= LogLevel.Warning && !(printsLoadWarnings && category == typeof(Knowledge.Documents.DocumentLoader).FullName))
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
        services.AddRoleBotKnowledge();
        services.AddOptions<KnowledgeOptions>().Bind(configuration.GetSection(KnowledgeOptions.SectionName));
        services.AddRoleBotState();
        services.AddOptions<StateOptions>().Bind(configuration.GetSection(StateOptions.SectionName));
        services.AddRoleBotRedisState(configuration);
        var provider = services.BuildServiceProvider();
        // No host runs the CLI's hosted services: connect here, where waiting for Redis blocks no one else.
        provider.GetService<RedisConnection>()?.ConnectAsync(CancellationToken.None).GetAwaiter().GetResult();
        return provider;
    }

    /// <summary>Loads the knowledge or prints why not (one line, no stack trace) and returns null.</summary>
    public static KnowledgeHost? LoadKnowledge(IServiceProvider services)
    {
        var host = services.GetRequiredService<KnowledgeHost>();
        try
        {
            _ = host.Current;
            return host;
        }
        catch (KnowledgeLoadException ex)
        {
            Console.Error.WriteLine($"rolebot: {ex.Message}");
            return null;
        }
    }
}
