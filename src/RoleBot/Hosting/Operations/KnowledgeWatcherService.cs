using Microsoft.Extensions.Options;
using RoleBot.Knowledge;

namespace RoleBot.Hosting.Operations;

/// <summary>Runs <see cref="KnowledgeFolderWatcher"/> in the web host when <see cref="ReloadOptions.Enabled"/>.</summary>
internal sealed partial class KnowledgeWatcherService(KnowledgeHost knowledge, IOptions<ReloadOptions> options, ILogger<KnowledgeWatcherService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        if (!Directory.Exists(knowledge.Folder))
        {
            LogNoFolder(logger, knowledge.Folder);
            return;
        }

        using var watcher = new KnowledgeFolderWatcher(knowledge, options.Value.Debounce, logger);
        await watcher.RunAsync(stoppingToken);
    }

    [LoggerMessage(4010, LogLevel.Warning, "Live reload is off: the knowledge folder {Folder} does not exist")]
    private static partial void LogNoFolder(ILogger logger, string folder);
}
