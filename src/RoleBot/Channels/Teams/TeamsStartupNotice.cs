using Microsoft.Extensions.Options;

namespace RoleBot.Channels.Teams;

/// <summary>Says at start whether Bot Framework requests are authenticated; local development mode is a warning.</summary>
internal sealed partial class TeamsStartupNotice(IOptions<BotFrameworkOptions> options, IHostEnvironment environment, ILogger<TeamsStartupNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (TeamsChannelExtensions.IsOff(o, environment))
        {
            LogOff(logger);
        }
        else if (o.AuthenticationEnabled)
        {
            LogAuthenticated(logger, o.MicrosoftAppType.ToString());
        }
        else
        {
            LogUnauthenticated(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(3002, LogLevel.Information, "Bot Framework channel: /api/messages requires Bot Framework tokens (MicrosoftAppType {AppType}).")]
    private static partial void LogAuthenticated(ILogger logger, string appType);

    [LoggerMessage(3004, LogLevel.Information, "Bot Framework channel: off, because MicrosoftAppId is not set; /api/messages answers 401.")]
    private static partial void LogOff(ILogger logger);

    [LoggerMessage(3003, LogLevel.Warning, "Bot Framework channel: authentication is OFF because MicrosoftAppId is not set. /api/messages accepts unauthenticated requests and replies only to loopback serviceUrls. Local development only (Bot Framework Emulator, Web Chat via offline-directline).")]
    private static partial void LogUnauthenticated(ILogger logger);
}
