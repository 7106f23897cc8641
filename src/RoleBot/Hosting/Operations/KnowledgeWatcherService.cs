using Microsoft.Extensions.Options;
using RoleBot.Knowledge;

namespace RoleBot.Hosting.Operations;

/// <summary>
/// Runs <see cref="KnowledgeFolderWatcher"/> in the web host when <see cref="ReloadOptions.Enabled"/>. It can never stop
/// the host (BackgroundServiceExceptionBehavior.StopHost would take down every replica fed by the same ConfigMap):
/// a fault is logged and watching starts again.
/// </summary>
internal sealed partial class KnowledgeWatcherService(KnowledgeHost knowledge, IOptions<ReloadOptions> options, ILogger<KnowledgeWatcherService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var watcher = new KnowledgeFolderWatcher(knowledge, options.Value.Debounce, logger, options.Value.PollInterval);
                await watcher.RunAsync(stoppingToken);
            }
#pragma warning disable CA1031 // Live reload is a convenience; no fault of it may stop answering.
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                LogFault(logger, ex.GetType().Name, ex.Message);
                await Task.Delay(options.Value.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    [LoggerMessage(4011, LogLevel.Error, "Live reload failed ({Type}: {Reason}); watching again")]
    private static partial void LogFault(ILogger logger, string type, string reason);
}
