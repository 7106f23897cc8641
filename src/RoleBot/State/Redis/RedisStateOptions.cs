namespace RoleBot.State.Redis;

/// <summary>Shared state for scale-out (section "Redis"); used only when <see cref="Configuration"/> is set.</summary>
public sealed class RedisStateOptions
{
    public const string SectionName = "Redis";

    /// <summary>StackExchange.Redis configuration string, e.g. "redis:6379,password=..." (a secret when it holds a password).</summary>
    public string? Configuration { get; set; }

    /// <summary>Prefix of every key, so several RoleBot deployments can share one Redis (default "rolebot:").</summary>
    public string KeyPrefix { get; set; } = "rolebot:";

    /// <summary>
    /// How long one Redis command may take before the answer goes on without it (default 1 s; the configuration
    /// string's own asyncTimeout/syncTimeout win). While Redis is disconnected commands fail at once.
    /// </summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many feedback votes the recent-feedback list keeps (default 10,000).</summary>
    public int MaxRecentFeedback { get; set; } = 10_000;
}
