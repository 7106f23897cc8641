namespace RoleBot.ConfigFiles;

public static class ConfigFilesExtensions
{
    /// <summary>Registers <typeparamref name="T"/> once as itself and as one of the files /readyz reports.</summary>
    public static IServiceCollection AddConfigFile<T>(this IServiceCollection services) where T : class, IConfigFileReport
    {
        if (services.Any(d => d.ServiceType == typeof(T)))
        {
            return services;
        }

        services.AddSingleton<T>();
        services.AddSingleton<IConfigFileReport>(sp => sp.GetRequiredService<T>());
        return services;
    }

    /// <summary>Starts live reload of every settings file when the web host starts.</summary>
    public static IServiceCollection AddConfigFileWatching(this IServiceCollection services) =>
        services.AddHostedService<ConfigFileWatcherService>();

    /// <summary>What /readyz shows per settings file: state, counts and a generic message (never a path).</summary>
    public static IEnumerable<object> ReadyzEntries(this IEnumerable<IConfigFileReport> files) => files.Select(f => f.Status).Select(s => new
    {
        name = s.Name,
        state = s.State.ToString().ToLowerInvariant(),
        entries = s.Entries,
        warnings = s.Warnings,
        message = s.Message,
    });
}

/// <summary>Reads every settings file at startup (so problems are logged at once) and keeps watching them.</summary>
internal sealed class ConfigFileWatcherService(IEnumerable<IConfigFileReport> files) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            _ = file.Status;
            file.Watch();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
