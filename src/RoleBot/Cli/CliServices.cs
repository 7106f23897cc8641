using System.CommandLine;
using RoleBot.Hosting;
using RoleBot.Knowledge;
using RoleBot.State;
using RoleBot.State.Redis;

namespace RoleBot.Cli;

/// <summary>The services a CLI verb uses: the same configuration sources and core registration as the web host.</summary>
internal static class CliServices
{
    public static ServiceProvider Create(ParseResult parse)
    {
        var args = new List<string>();
        if (parse.GetValue(CliApp.KnowledgeOption) is { } knowledge)
        {
            args.Add($"--Knowledge:Path={Path.GetFullPath(knowledge)}");
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
            .AddFilter((category, level) => level >= LogLevel.Warning)
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
        services.AddRoleBotKnowledge();
        services.AddOptions<KnowledgeOptions>().Bind(configuration.GetSection(KnowledgeOptions.SectionName));
        services.AddRoleBotState();
        services.AddOptions<StateOptions>().Bind(configuration.GetSection(StateOptions.SectionName));
        services.AddRoleBotRedisState(configuration);
        return services.BuildServiceProvider();
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
