using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace RoleBot.State.Redis;

/// <summary>
/// SET NX with expiry: exactly one replica wins each delivery id within the window. While Redis is unreachable every
/// delivery is accepted: a retry may then be answered twice, which is better than not answering at all.
/// </summary>
public sealed class RedisEventDeduplicator(RedisConnection redis, IOptions<RedisStateOptions> redisOptions, IOptions<StateOptions> stateOptions) : IEventDeduplicator
{
    private readonly string _prefix = redisOptions.Value.KeyPrefix + "event:";

    public async ValueTask<bool> TryBeginAsync(string eventId, CancellationToken cancellationToken = default)
    {
        if (!redis.TryGetDatabase(out var db))
        {
            return true;
        }

        try
        {
            return await db.StringSetAsync(_prefix + eventId, "1", stateOptions.Value.DeduplicationWindow, When.NotExists);
        }
        catch (Exception ex) when (RedisConnection.IsOutage(ex))
        {
            redis.ReportOutage(ex.Message);
            return true;
        }
    }
}
