using Microsoft.Extensions.Options;

namespace RoleBot.Channels.Slack.SocketMode;

/// <summary>
/// Socket Mode (no public URL): when Slack:AppToken is set, asks apps.connections.open for a WebSocket URL, serves it
/// until Slack says disconnect or the socket drops, then opens a new one. Failures back off from
/// <see cref="SlackOptions.SocketModeReconnectDelay"/>, doubling up to one minute; a successful hello resets it.
/// </summary>
public sealed class SocketModeService(SlackWebApiClient api, SocketModeDispatcher dispatcher, IOptions<SlackOptions> options,
    TimeProvider time, ILogger<SocketModeService> logger) : BackgroundService
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            SocketModeConnection.Outcome outcome;
            try
            {
                outcome = await ConnectOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A surprise in one connection must not stop the host (BackgroundService's default); back off instead.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogError(ex, "Socket Mode connection failed unexpectedly");
                outcome = SocketModeConnection.Outcome.Failed;
            }

            if (outcome == SocketModeConnection.Outcome.Disabled)
            {
                logger.LogError("Socket Mode was turned off for this app (link_disabled); not reconnecting");
                return;
            }

            // Slack asked for a refresh after a good session: reconnect at once; anything else backs off.
            failures = outcome == SocketModeConnection.Outcome.Refresh ? 0 : failures + 1;
            if (failures > 0)
            {
                var delay = TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, options.Value.SocketModeReconnectDelay.Ticks << Math.Min(failures - 1, 10)));
                logger.SocketReconnecting(delay);
                try
                {
                    await Task.Delay(delay, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task<SocketModeConnection.Outcome> ConnectOnceAsync(CancellationToken stoppingToken)
    {
        var url = await api.OpenConnectionAsync(stoppingToken);
        if (url is null)
        {
            logger.LogWarning("Socket Mode: apps.connections.open gave no URL");
            return SocketModeConnection.Outcome.Failed;
        }

        using var connection = new SocketModeConnection(url, dispatcher, logger);
        return await connection.RunAsync(stoppingToken);
    }
}
