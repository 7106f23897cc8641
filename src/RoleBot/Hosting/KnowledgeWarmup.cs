using RoleBot.Knowledge;

namespace RoleBot.Hosting;

/// <summary>Loads the knowledge when the host starts, so the first question is fast and /readyz reflects the index.</summary>
internal sealed partial class KnowledgeWarmup(KnowledgeHost knowledge, ILogger<KnowledgeWarmup> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        try
        {
            _ = knowledge.Current;
            foreach (var warning in knowledge.Current.Warnings)
            {
                LogWarning(logger, warning.ToString());
            }
        }
#pragma warning disable CA1031 // No load fault may stop the host: /readyz reports it and live reload tries again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(logger, ex.Message);
        }
    }, stoppingToken);

    [LoggerMessage(2001, LogLevel.Warning, "Knowledge: {Warning}")]
    private static partial void LogWarning(ILogger logger, string warning);

    [LoggerMessage(2002, LogLevel.Error, "Knowledge could not be loaded: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
