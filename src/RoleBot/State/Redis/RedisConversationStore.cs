using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using RoleBot.Knowledge.Retrieval;
using StackExchange.Redis;

namespace RoleBot.State.Redis;

/// <summary>
/// Conversation context as JSON strings with a sliding TTL (GETEX), shared by every replica. While Redis is
/// unreachable a question is answered as if it started a conversation, and its context is not kept.
/// </summary>
public sealed class RedisConversationStore(RedisConnection redis, IOptions<RedisStateOptions> redisOptions, IOptions<StateOptions> stateOptions) : IConversationStore
{
    private readonly string _prefix = redisOptions.Value.KeyPrefix + "conv:";

    public async ValueTask<ConversationContext?> GetAsync(string conversationKey, CancellationToken cancellationToken = default)
    {
        if (!redis.TryGetDatabase(out var db))
        {
            return null;
        }

        RedisValue value;
        try
        {
            value = await db.StringGetSetExpiryAsync(_prefix + conversationKey, stateOptions.Value.ConversationTtl);
        }
        catch (Exception ex) when (RedisConnection.IsOutage(ex))
        {
            redis.ReportOutage(ex.Message);
            return null;
        }

        if (value.IsNullOrEmpty)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(value.ToString(), RedisJson.Default.ConversationContext);
        }
        catch (JsonException)
        {
            // A value written by an incompatible version: treat the conversation as new rather than failing the answer.
            return null;
        }
    }

    public async ValueTask SetAsync(string conversationKey, ConversationContext context, CancellationToken cancellationToken = default)
    {
        if (!redis.TryGetDatabase(out var db))
        {
            return;
        }

        try
        {
            await db.StringSetAsync(_prefix + conversationKey, JsonSerializer.Serialize(context, RedisJson.Default.ConversationContext), stateOptions.Value.ConversationTtl);
        }
        catch (Exception ex) when (RedisConnection.IsOutage(ex))
        {
            redis.ReportOutage(ex.Message);
        }
    }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ConversationContext))]
[JsonSerializable(typeof(FeedbackRecord))]
internal sealed partial class RedisJson : JsonSerializerContext;
