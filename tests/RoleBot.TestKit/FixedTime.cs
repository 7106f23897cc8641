namespace RoleBot.TestKit;

/// <summary>A clock stopped at one instant, so tests about document age give the same result on any day.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
