using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace RoleBot.State.Redis;

/// <summary>
/// Feedback and unanswered questions in Redis, so every replica feeds one knowledge-gap report. Counts are kept per
/// normalized question (trimmed, lower case) in sorted sets; the first wording seen is kept for display.
/// </summary>
public sealed class RedisFeedbackStore(IConnectionMultiplexer redis, IOptions<RedisStateOptions> options) : IFeedbackStore
{
    private readonly string _prefix = options.Value.KeyPrefix;

    private RedisKey Recent => _prefix + "feedback:recent";
    private RedisKey Bad => _prefix + "feedback:bad";
    private RedisKey Good => _prefix + "feedback:good";
    private RedisKey Unanswered => _prefix + "unanswered:count";
    private RedisKey Wording => _prefix + "question:wording";
    private RedisKey Cited => _prefix + "cited:last";

    public async Task AddFeedbackAsync(FeedbackRecord feedback, CancellationToken cancellationToken = default)
    {
        var key = Normalize(feedback.Question);
        var batch = redis.GetDatabase().CreateBatch();
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
        var batch = redis.GetDatabase().CreateBatch();
        var tasks = new Task[]
        {
            batch.SortedSetIncrementAsync(Unanswered, key, 1),
            batch.HashSetAsync(Wording, key, unanswered.Question.Trim(), When.NotExists),
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

        var values = await redis.GetDatabase().ListRangeAsync(Recent, 0, limit - 1);
        return values.Select(v => JsonSerializer.Deserialize(v.ToString(), RedisJson.Default.FeedbackRecord)).OfType<FeedbackRecord>().ToList();
    }

    public async Task<IReadOnlyList<(string Question, int Count)>> TopUnansweredAsync(int limit, CancellationToken cancellationToken = default)
    {
        if (limit <= 0)
        {
            return [];
        }

        var db = redis.GetDatabase();
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

        var db = redis.GetDatabase();
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

    public async Task AddCitedAsync(CitedRecord cited, CancellationToken cancellationToken = default)
    {
        if (cited.Sources.Count == 0)
        {
            return;
        }

        // One sorted set, scored by the time of the last citation: the report reads it whole.
        var at = cited.At.ToUnixTimeMilliseconds();
        var entries = cited.Sources.Distinct(StringComparer.Ordinal).Select(s => new SortedSetEntry(s, at)).ToArray();
        await redis.GetDatabase().SortedSetAddAsync(Cited, entries);
    }

    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> LastCitedAsync(CancellationToken cancellationToken = default)
    {
        var entries = await redis.GetDatabase().SortedSetRangeByRankWithScoresAsync(Cited);
        return entries.ToDictionary(e => e.Element.ToString(), e => DateTimeOffset.FromUnixTimeMilliseconds((long)e.Score), StringComparer.Ordinal);
    }

    private static string Normalize(string question) => question.Trim().ToLowerInvariant();
}
