using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace RoleBot.State.Redis;

/// <summary>The question log in Redis: a count per normalized question (sorted set), its wording and its latest citations.</summary>
public sealed class RedisQuestionLog(RoleBot.State.Redis.RedisConnection redis, IOptions<RedisStateOptions> options) : IQuestionLog
{
    private readonly string _prefix = options.Value.KeyPrefix;

    private RedisKey Counts => _prefix + "asked:count";
    private RedisKey Unanswered => _prefix + "asked:unanswered";
    private RedisKey Wording => _prefix + "asked:wording";
    private RedisKey Citations => _prefix + "asked:citations";

    public async Task AddAsync(IReadOnlyList<AskedQuestion> questions, CancellationToken cancellationToken = default)
    {
        var batch = redis.Database().CreateBatch();
        var tasks = new List<Task>();
        foreach (var question in questions)
        {
            var key = SqliteQuestionLog.Normalize(question.Question);
            tasks.Add(batch.SortedSetIncrementAsync(Counts, key, 1));
            tasks.Add(batch.HashSetAsync(Wording, key, question.Question.Trim(), When.NotExists));
            tasks.Add(batch.HashSetAsync(Citations, key, JsonSerializer.Serialize(question.CitationIds.Take(3).ToArray())));
            if (!question.Answered)
            {
                tasks.Add(batch.HashIncrementAsync(Unanswered, key));
            }
        }

        batch.Execute();
        await Task.WhenAll(tasks);
    }

    public async Task<IReadOnlyList<FrequentQuestion>> MostAskedAsync(int limit, CancellationToken cancellationToken = default)
    {
        if (limit <= 0)
        {
            return [];
        }

        var db = redis.Database();
        var top = await db.SortedSetRangeByRankWithScoresAsync(Counts, 0, limit - 1, Order.Descending);
        var keys = top.Select(e => e.Element).ToArray();
        var wording = await db.HashGetAsync(Wording, keys);
        var unanswered = await db.HashGetAsync(Unanswered, keys);
        var citations = await db.HashGetAsync(Citations, keys);
        return top.Select((e, i) => new FrequentQuestion(
            wording[i].IsNull ? e.Element.ToString() : wording[i].ToString(),
            (int)e.Score,
            unanswered[i].IsNull ? 0 : (int)unanswered[i],
            citations[i].IsNull ? [] : JsonSerializer.Deserialize<string[]>(citations[i].ToString()) ?? [])).ToList();
    }
}
