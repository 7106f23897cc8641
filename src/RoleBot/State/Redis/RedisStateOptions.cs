namespace RoleBot.State.Redis;

/// <summary>Shared state for scale-out (section "Redis"); used only when <see cref="Configuration"/> is set.</summary>
public sealed class RedisStateOptions
{
    public const string SectionName = "Redis";

    /// <summary>StackExchange.Redis configuration string, e.g. "redis:6379,password=..." (a secret when it holds a password).</summary>
    public string? Configuration { get; set; }

    /// <summary>Prefix of every key, so several RoleBot deployments can share one Redis (default "rolebot:").</summary>
    public string KeyPrefix { get; set; } = "rolebot:";

    /// <summary>How many feedback votes the recent-feedback list keeps (default 10,000).</summary>
    public int MaxRecentFeedback { get; set; } = 10_000;
}
