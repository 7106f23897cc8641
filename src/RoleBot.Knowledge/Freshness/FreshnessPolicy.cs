namespace RoleBot.Knowledge.Freshness;

/// <summary>
/// Decides when a document is old enough to warn about: last updated more than <see cref="StaleAfterDays"/> days before
/// "now" (from a <see cref="TimeProvider"/>, so tests fix the date).
/// </summary>
public sealed class FreshnessPolicy(int staleAfterDays, TimeProvider time)
{
    /// <summary>The default of <c>Knowledge:StaleAfterDays</c>: a year.</summary>
    public const int DefaultStaleAfterDays = 365;

    public int StaleAfterDays { get; } = staleAfterDays;

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>True when <paramref name="updated"/> is known and older than the limit; 0 or less turns the warning off.</summary>
    public bool IsStale(DateTimeOffset? updated) =>
        StaleAfterDays > 0 && updated is { } when && Now - when > TimeSpan.FromDays(StaleAfterDays);
}
