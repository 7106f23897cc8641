using System.Text.Json;
using Microsoft.Extensions.Options;
using RoleBot.State.Redis;
using StackExchange.Redis;

namespace RoleBot.Experts.Redis;

/// <summary>
/// Hand-offs in Redis, shared by every replica: a hash per hand-off (version + JSON), a sorted set by creation time,
/// and a hash from Slack target to id. Replacement is a compare-and-set script on the version.
/// </summary>
public sealed class RedisHandoffStore(RoleBot.State.Redis.RedisConnection redis, IOptions<RedisStateOptions> options) : IHandoffStore
{
    private const string ReplaceScript = """
        if redis.call('HGET', KEYS[1], 'v') == ARGV[1] then
          redis.call('HSET', KEYS[1], 'v', ARGV[2], 'json', ARGV[3], 'state', ARGV[4])
          return 1
        end
        return 0
        """;

    private readonly string _prefix = options.Value.KeyPrefix;

    private RedisKey Item(string id) => _prefix + "handoff:" + id;
    private RedisKey ByTime => _prefix + "handoffs";
    private RedisKey Targets => _prefix + "handoff:targets";

    public async Task AddAsync(Handoff handoff, CancellationToken cancellationToken = default)
    {
        var db = redis.Database();
        var batch = db.CreateBatch();
        var tasks = new List<Task>
        {
            batch.HashSetAsync(Item(handoff.Id), [new("v", handoff.Version), new("json", Json(handoff)), new("state", SqliteHandoffStore.StateText(handoff.State))]),
            batch.SortedSetAddAsync(ByTime, handoff.Id, handoff.CreatedAt.ToUnixTimeMilliseconds()),
        };
        if (Handoff.TargetKey(handoff.Target) is { } target)
        {
            tasks.Add(batch.HashSetAsync(Targets, target, handoff.Id));
        }

        batch.Execute();
        await Task.WhenAll(tasks);
    }

    public async Task<Handoff?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var json = await redis.Database().HashGetAsync(Item(id), "json");
        return json.IsNull ? null : SqliteHandoffStore.Parse(json.ToString());
    }

    public async Task<Handoff?> FindByTargetAsync(string targetKey, CancellationToken cancellationToken = default)
    {
        var id = await redis.Database().HashGetAsync(Targets, targetKey);
        return id.IsNull ? null : await GetAsync(id.ToString(), cancellationToken);
    }

    public async Task<bool> TryReplaceAsync(Handoff next, int expectedVersion, CancellationToken cancellationToken = default)
    {
        var db = redis.Database();
        var replaced = (int)await db.ScriptEvaluateAsync(ReplaceScript, [Item(next.Id)],
            [expectedVersion, next.Version, Json(next), SqliteHandoffStore.StateText(next.State)]) == 1;
        if (replaced && Handoff.TargetKey(next.Target) is { } target)
        {
            await db.HashSetAsync(Targets, target, next.Id);
        }

        return replaced;
    }

    public async Task<IReadOnlyList<Handoff>> ListAsync(int limit, HandoffState? state = null, CancellationToken cancellationToken = default)
    {
        if (limit <= 0)
        {
            return [];
        }

        var db = redis.Database();
        var result = new List<Handoff>();
        // Newest first, a page at a time, until enough match the state filter.
        const int Page = 200;
        for (long start = 0; result.Count < limit; start += Page)
        {
            var ids = await db.SortedSetRangeByRankAsync(ByTime, start, start + Page - 1, Order.Descending);
            if (ids.Length == 0)
            {
                break;
            }

            foreach (var id in ids)
            {
                if (await GetAsync(id.ToString(), cancellationToken) is { } handoff && (state is null || handoff.State == state) && result.Count < limit)
                {
                    result.Add(handoff);
                }
            }
        }

        return result;
    }

    private static string Json(Handoff handoff) => JsonSerializer.Serialize(handoff, ExpertsJson.Default.Handoff);
}

/// <summary>Curated answers in Redis: one hash, id to JSON.</summary>
public sealed class RedisCuratedAnswerStore(RoleBot.State.Redis.RedisConnection redis, IOptions<RedisStateOptions> options) : ICuratedAnswerStore
{
    private readonly RedisKey _key = options.Value.KeyPrefix + "curated";

    public async Task SaveAsync(CuratedAnswer answer, CancellationToken cancellationToken = default) =>
        await redis.Database().HashSetAsync(_key, answer.Id, JsonSerializer.Serialize(answer, ExpertsJson.Default.CuratedAnswer));

    public async Task<IReadOnlyList<CuratedAnswer>> ListAsync(CancellationToken cancellationToken = default)
    {
        var all = await redis.Database().HashValuesAsync(_key);
        return all.Select(v => JsonSerializer.Deserialize(v.ToString(), ExpertsJson.Default.CuratedAnswer)).OfType<CuratedAnswer>()
            .OrderByDescending(a => a.Updated).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
    }
}

/// <summary>Teams conversation references in Redis: one hash, key to JSON.</summary>
public sealed class RedisConversationReferenceStore(RoleBot.State.Redis.RedisConnection redis, IOptions<RedisStateOptions> options) : IConversationReferenceStore
{
    private readonly RedisKey _key = options.Value.KeyPrefix + "conversation-refs";

    public async Task SetAsync(string key, ConversationReference reference, CancellationToken cancellationToken = default) =>
        await redis.Database().HashSetAsync(_key, key, JsonSerializer.Serialize(reference, ExpertsJson.Default.ConversationReference));

    public async Task<ConversationReference?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var json = await redis.Database().HashGetAsync(_key, key);
        return json.IsNull ? null : JsonSerializer.Deserialize(json.ToString(), ExpertsJson.Default.ConversationReference);
    }
}
