namespace RoleBot.Experts;

public sealed partial class HandoffService
{
    [LoggerMessage(5201, LogLevel.Information, "Hand-off {Id} from {Channel}: sent to {Target} ({State})")]
    private static partial void LogStarted(ILogger logger, string id, string channel, string target, string state);

    [LoggerMessage(5202, LogLevel.Information, "Hand-off {Id} answered; relayed to {Channel}")]
    private static partial void LogAnswered(ILogger logger, string id, string channel);

    [LoggerMessage(5203, LogLevel.Information, "Hand-off {Id} timed out after {Hours} hours; the asker was told")]
    private static partial void LogTimedOut(ILogger logger, string id, double hours);

    [LoggerMessage(5204, LogLevel.Warning, "Hand-off {Id}: posting to {Platform} failed ({Type}): {Reason}")]
    private static partial void LogPostFailed(ILogger logger, string id, string platform, string type, string reason);

    [LoggerMessage(5205, LogLevel.Warning, "Hand-off {Id}: could not reach the asker ({Type}): {Reason}; the hand-off is stored")]
    private static partial void LogTellFailed(ILogger logger, string id, string type, string reason);
}
