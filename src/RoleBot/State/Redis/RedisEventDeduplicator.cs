using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace RoleBot.State.Redis;

/// <summary>SET NX with expiry: exactly one replica wins each delivery id within the window.</summary>
public sealed class RedisEventDeduplicator(IConnectionMultiplexer redis, IOptions<RedisStateOptions> redisOptions, IOptions<StateOptions> stateOptions) : IEventDeduplicator
{
    private readonly string _prefix = redisOptions.Value.KeyPrefix + "event:";

    public async ValueTask<bool> TryBeginAsync(string eventId, CancellationToken cancellationToken = default) =>
        await redis.GetDatabase().StringSetAsync(_prefix + eventId, "1", stateOptions.Value.DeduplicationWindow, When.NotExists);
}
