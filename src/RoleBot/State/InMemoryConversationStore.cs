using Microsoft.Extensions.Caching.Memory;
using RoleBot.Knowledge.Retrieval;

namespace RoleBot.State;

/// <summary>Conversation context in process memory with sliding expiry (see <see cref="StateOptions.ConversationTtl"/>).</summary>
public sealed class InMemoryConversationStore(IMemoryCache cache, Microsoft.Extensions.Options.IOptions<StateOptions> options) : IConversationStore
{
    public ValueTask<ConversationContext?> GetAsync(string conversationKey, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(cache.Get<ConversationContext>("conv:" + conversationKey));

    public ValueTask SetAsync(string conversationKey, ConversationContext context, CancellationToken cancellationToken = default)
    {
        cache.Set("conv:" + conversationKey, context, new MemoryCacheEntryOptions { SlidingExpiration = options.Value.ConversationTtl, Size = 1 });
        return ValueTask.CompletedTask;
    }
}
