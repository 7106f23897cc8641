using Microsoft.Extensions.Logging;

namespace RoleBot.Knowledge;

/// <summary>Every log event of the knowledge core, with stable ids (1xxx).</summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Warning, "{Path}: {Reason}")]
    public static partial void DocumentSkipped(ILogger logger, string path, string reason);

    [LoggerMessage(1002, LogLevel.Information, "Knowledge loaded: {Documents} documents, {Passages} passages in {Milliseconds:F0} ms ({Warnings} warnings), {SearchMode} search")]
    public static partial void KnowledgeLoaded(ILogger logger, int documents, int passages, double milliseconds, int warnings, string searchMode);

    [LoggerMessage(1003, LogLevel.Error, "Knowledge reload failed, the previous knowledge keeps serving: {Reason}")]
    public static partial void ReloadFailed(ILogger logger, string reason);

    [LoggerMessage(1004, LogLevel.Warning, "Semantic search is off, answering with lexical search only: {Reason}")]
    public static partial void SemanticUnavailable(ILogger logger, string reason);
}
