namespace RoleBot.Channels.Slack;

/// <summary>Slack channel log events with stable ids (2100-2199); no token or secret is ever an argument.</summary>
internal static partial class SlackLog
{
    [LoggerMessage(2101, LogLevel.Information, "Slack event {EventId} was already answered; ignoring the retry")]
    public static partial void DuplicateEvent(this ILogger logger, string eventId);

    [LoggerMessage(2110, LogLevel.Information, "Socket Mode: Slack asked to reconnect ({Reason})")]
    public static partial void SocketDisconnect(this ILogger logger, string? reason);

    [LoggerMessage(2111, LogLevel.Information, "Socket Mode: reconnecting in {Delay}")]
    public static partial void SocketReconnecting(this ILogger logger, TimeSpan delay);

    [LoggerMessage(2120, LogLevel.Warning, "Could not store a Slack vote ({Type}): {Reason}")]
    public static partial void VoteNotStored(this ILogger logger, string type, string reason);
}
