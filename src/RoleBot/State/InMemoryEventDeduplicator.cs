using Microsoft.Extensions.Caching.Memory;

namespace RoleBot.State;

/// <summary>Delivery ids in process memory for <see cref="StateOptions.DeduplicationWindow"/>.</summary>
public sealed class InMemoryEventDeduplicator(IMemoryCache cache, Microsoft.Extensions.Options.IOptions<StateOptions> options) : IEventDeduplicator
{
    private readonly Lock _gate = new();

    public ValueTask<bool> TryBeginAsync(string eventId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var key = "event:" + eventId;
            if (cache.TryGetValue(key, out _))
            {
                return ValueTask.FromResult(false);
            }

            cache.Set(key, true, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = options.Value.DeduplicationWindow, Size = 1 });
            return ValueTask.FromResult(true);
        }
    }
}
