using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace RoleBot.State.Redis;

/// <summary>
/// Feedback and unanswered questions in Redis, so every replica feeds one knowledge-gap report. Counts are kept per
/// normalized question (trimmed, lower case) in sorted sets; the first wording seen is kept for display.
/// </summary>
public sealed class RedisFeedbackStore(RedisConnection redis, IOptions<RedisStateOptions> options, IOptions<StateOptions> stateOptions) : IFeedbackStore
{
    private readonly string _prefix = options.Value.KeyPrefix;

    private RedisKey Recent => _prefix + "feedback:recent";
    private RedisKey Bad => _prefix + "feedback:bad";
    private RedisKey Good => _prefix + "feedback:good";
    private RedisKey Unanswered => _prefix + "unanswered:count";
    private RedisKey Wording => _prefix + "question:wording";
    private RedisKey LastAsked => _prefix + "unanswered:seen";

    /// <summary>
    /// Retention of unanswered questions, atomically: those last asked before the cutoff, then the least recently
    /// asked beyond the count limit, go from the counts and the last-asked times; their wording goes too unless a vote
    /// still shows it. Counts from before last-asked times were kept are bounded by frequency instead.
    /// KEYS: counts, last asked, wording, bad votes, good votes. ARGV: cutoff (unix ms), limit.
    /// </summary>
    private static readonly LuaScript Prune = LuaScript.Prepare("""
        local victims = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', '(' .. ARGV[1])
        local limit = tonumber(ARGV[2])
        local over = redis.call('ZCARD', KEYS[2]) - #victims - limit
        if over > 0 then
          for _, m in ipairs(redis.call('ZRANGE', KEYS[2], #victims, #victims + over - 1)) do table.insert(victims, m) end
        end
        for _, m in ipairs(victims) do
          redis.call('ZREM', KEYS[1], m)
          redis.call('ZREM', KEYS[2], m)
          if not redis.call('ZSCORE', KEYS[4], m) and not redis.call('ZSCORE', KEYS[5], m) then redis.call('HDEL', KEYS[3], m) end
        end
        local extra = redis.call('ZCARD', KEYS[1]) - limit
        if extra > 0 then redis.call('ZREMRANGEBYRANK', KEYS[1], 0, extra - 1) end
        return #victims
        """);

    private RedisKey Cited => _prefix + "cited:last";

    public async Task AddFeedbackAsync(FeedbackRecord feedback, CancellationToken cancellationToken = default)
    {
        var key = Normalize(feedback.Question);
        var batch = Database().CreateBatch();
        var tasks = new Task[]
        {
            batch.ListLeftPushAsync(Recent, JsonSerializer.Serialize(feedback, RedisJson.Default.FeedbackRecord)),
            batch.ListTrimAsync(Recent, 0, options.Value.MaxRecentFeedback - 1),
            batch.SortedSetIncrementAsync(feedback.Helpful ? Good : Bad, key, 1),
            batch.HashSetAsync(Wording, key, feedback.Question.Trim(), When.NotExists),
        };
        batch.Execute();
        await Task.WhenAll(tasks);
    }

    public async Task AddUnansweredAsync(UnansweredRecord unanswered, CancellationToken cancellationToken = default)
    {
        var key = Normalize(unanswered.Question);
        var retention = stateOptions.Value;
        var batch = Database().CreateBatch();
        var tasks = new Task[]
        {
            batch.SortedSetIncrementAsync(Unanswered, key, 1),
            batch.SortedSetAddAsync(LastAsked, key, unanswered.At.ToUnixTimeMilliseconds()),
            batch.HashSetAsync(Wording, key, unanswered.Question.Trim(), When.NotExists),
            batch.ScriptEvaluateAsync(Prune.ExecutableScript, [Unanswered, LastAsked, Wording, Bad, Good],
                [(unanswered.At - retention.UnansweredRetention).ToUnixTimeMilliseconds(), Math.Max(1, retention.MaxUnanswered)]),
        };
        batch.Execute();
        await Task.WhenAll(tasks);
    }

    public async Task<IReadOnlyList<FeedbackRecord>> RecentFeedbackAsync(int limit, CancellationToken cancellationToken = default)
    {
        if (limit <= 0)
        {
            return [];
        }

        var values = await Database().ListRangeAsync(Recent, 0, limit - 1);
        return values.Select(v => JsonSerializer.Deserialize(v.ToString(), RedisJson.Default.FeedbackRecord)).OfType<FeedbackRecord>().ToList();
    }

    public async Task<IReadOnlyList<(string Question, int Count)>> TopUnansweredAsync(int limit, CancellationToken cancellationToken = default)
    {
        if (limit <= 0)
        {
            return [];
        }

        var db = Database();
        var top = await db.SortedSetRangeByRankWithScoresAsync(Unanswered, 0, limit - 1, Order.Descending);
        var wording = await db.HashGetAsync(Wording, top.Select(e => e.Element).ToArray());
        return top.Select((e, i) => (wording[i].IsNull ? e.Element.ToString() : wording[i].ToString(), (int)e.Score)).ToList();
    }

    public async Task<IReadOnlyList<(string Question, int NotHelpful, int Helpful)>> WorstRatedAsync(int limit, CancellationToken cancellationToken = default)
    {
        if (limit <= 0)
        {
            return [];
        }

        var db = Database();
        // Every question with a "not helpful" vote is a candidate; the set is as large as the distinct questions voted down.
        var bad = await db.SortedSetRangeByRankWithScoresAsync(Bad);
        if (bad.Length == 0)
        {
            return [];
        }

        var keys = bad.Select(e => e.Element).ToArray();
        var good = await db.SortedSetScoresAsync(Good, keys);
        var wording = await db.HashGetAsync(Wording, keys);
        return bad
            .Select((e, i) => (Question: wording[i].IsNull ? e.Element.ToString() : wording[i].ToString(), NotHelpful: (int)e.Score, Helpful: (int)(good[i] ?? 0)))
            .OrderByDescending(r => r.NotHelpful - r.Helpful).ThenByDescending(r => r.NotHelpful).ThenBy(r => r.Question, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }

    /// <summary>
    /// The database, or at once a <see cref="StateStoreUnavailableException"/> while Redis is unreachable: a vote then gets
    /// "could not be stored" (503) and an unanswered question is only logged, instead of waiting on the outage.
    /// </summary>
    private IDatabase Database() => redis.TryGetDatabase(out var db)
        ? db
        : throw new StateStoreUnavailableException("Redis is unreachable; the feedback store is unavailable.");

    public async Task AddCitedAsync(CitedRecord cited, CancellationToken cancellationToken = default)
    {
        if (cited.Sources.Count == 0)
        {
            return;
        }

        // One sorted set, scored by the time of the last citation: the report reads it whole.
        var at = cited.At.ToUnixTimeMilliseconds();
        var entries = cited.Sources.Distinct(StringComparer.Ordinal).Select(s => new SortedSetEntry(s, at)).ToArray();
        await Database().SortedSetAddAsync(Cited, entries);
    }

    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> LastCitedAsync(CancellationToken cancellationToken = default)
    {
        var entries = await Database().SortedSetRangeByRankWithScoresAsync(Cited);
        return entries.ToDictionary(e => e.Element.ToString(), e => DateTimeOffset.FromUnixTimeMilliseconds((long)e.Score), StringComparer.Ordinal);
    }

    private static string Normalize(string question) => question.Trim().ToLowerInvariant();
}
