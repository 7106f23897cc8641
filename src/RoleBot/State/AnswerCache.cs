using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Answers;
using RoleBot.Knowledge.Retrieval;

namespace RoleBot.State;

/// <summary>Answer cache settings (section "Answers").</summary>
public sealed class AnswerCacheOptions
{
    public const string SectionName = "Answers";

    /// <summary>How many distinct first questions keep their answer in memory (default 1,000; 0 turns the cache off).</summary>
    public int CacheSize { get; set; } = 1_000;
}

/// <summary>
/// Answers are deterministic for a question and a knowledge snapshot, and onboarding questions repeat a lot, so
/// answers to questions without conversation context are kept per snapshot. A reload makes every entry stale at
/// once (the snapshot no longer matches), so a cached answer never outlives the knowledge it was built from.
/// </summary>
public sealed class AnswerCache : IDisposable
{
    private readonly MemoryCache? _cache;

    public AnswerCache(IOptions<AnswerCacheOptions> options)
    {
        var size = options.Value.CacheSize;
        // Its own cache: answers must never evict conversation context from the shared one.
        _cache = size > 0 ? new MemoryCache(new MemoryCacheOptions { SizeLimit = size, CompactionPercentage = 0.25 }) : null;
    }

    /// <summary>Weak, so stale entries never keep a replaced knowledge snapshot (index and passages) alive.</summary>
    private sealed record Entry(WeakReference<KnowledgeBase> Snapshot, Answer Answer);

    public Answer GetOrAsk(KnowledgeHost knowledge, string question, ConversationContext? previous, PassageScope? scope = null)
    {
        if (_cache is null || previous is not null)
        {
            return knowledge.Ask(question, previous, scope);
        }

        // A channel scope can change the answer, so it is part of the key (the whole knowledge has the empty key).
        var key = scope is null || scope.IsEverything ? question : scope.Key + "\u0001" + question;
        var snapshot = knowledge.Current;
        if (_cache.TryGetValue(key, out Entry? hit) && hit!.Snapshot.TryGetTarget(out var built) && ReferenceEquals(built, snapshot))
        {
            return hit.Answer;
        }

        var answer = knowledge.Ask(question, scope: scope);
        _cache.Set(key, new Entry(new WeakReference<KnowledgeBase>(snapshot), answer), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        return answer;
    }

    public void Dispose() => _cache?.Dispose();
}
