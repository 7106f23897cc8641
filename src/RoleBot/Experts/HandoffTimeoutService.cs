using Microsoft.Extensions.Options;

namespace RoleBot.Experts;

/// <summary>
/// Every Experts:CheckInterval, marks hand-offs nobody answered within Experts:ReminderHours as timed out and sends
/// each asker a polite note. Runs on <see cref="TimeProvider"/>, so tests move time with a fake clock.
/// </summary>
internal sealed partial class HandoffTimeoutService(HandoffService handoffs, IOptions<ExpertsOptions> options, TimeProvider time,
    ILogger<HandoffTimeoutService> logger) : BackgroundService
{
    /// <summary>Shortest check interval honoured (1 second); a smaller setting is raised to it.</summary>
    public static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.CheckInterval < MinInterval ? MinInterval : options.Value.CheckInterval;
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await handoffs.TimeOutOverdueAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A store outage skips one check; the next tick tries again.
                    LogCheckFailed(logger, ex.GetType().Name, ex.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(5901, LogLevel.Warning, "Hand-off timeout check failed ({Type}): {Reason}")]
    private static partial void LogCheckFailed(ILogger logger, string type, string reason);
}
