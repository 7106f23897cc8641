using System.Text.Json;
using Microsoft.Extensions.Options;
using RoleBot.State;

namespace RoleBot.Experts;

/// <summary>Hand-offs in the state SQLite file (table <c>handoffs</c>: indexed columns plus the record as JSON).</summary>
public sealed class SqliteHandoffStore(IOptions<StateOptions> options) : IHandoffStore, IDisposable
{
    private readonly SqliteDatabase _db = new(options.Value.FeedbackDatabase, """
        CREATE TABLE IF NOT EXISTS handoffs (
            id TEXT PRIMARY KEY, created_at INTEGER NOT NULL, state TEXT NOT NULL, target TEXT, version INTEGER NOT NULL, json TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS handoffs_target ON handoffs (target);
        CREATE INDEX IF NOT EXISTS handoffs_created ON handoffs (created_at);
        """);

    public async Task AddAsync(Handoff handoff, CancellationToken cancellationToken = default)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO handoffs (id, created_at, state, target, version, json) VALUES ($id, $at, $state, $target, $version, $json)";
        Bind(command, handoff);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task<Handoff?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        SingleAsync("SELECT json FROM handoffs WHERE id = $key", id, cancellationToken);

    public Task<Handoff?> FindByTargetAsync(string targetKey, CancellationToken cancellationToken = default) =>
        SingleAsync("SELECT json FROM handoffs WHERE target = $key ORDER BY created_at DESC LIMIT 1", targetKey, cancellationToken);

    public async Task<bool> TryReplaceAsync(Handoff next, int expectedVersion, CancellationToken cancellationToken = default)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE handoffs SET state = $state, target = $target, version = $version, json = $json WHERE id = $id AND version = $expected";
        Bind(command, next);
        command.Parameters.AddWithValue("$expected", expectedVersion);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<Handoff>> ListAsync(int limit, HandoffState? state = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = state is null
            ? "SELECT json FROM handoffs ORDER BY created_at DESC, id LIMIT $limit"
            : "SELECT json FROM handoffs WHERE state = $state ORDER BY created_at DESC, id LIMIT $limit";
        command.Parameters.AddWithValue("$limit", limit);
        if (state is { } s)
        {
            command.Parameters.AddWithValue("$state", StateText(s));
        }

        var result = new List<Handoff>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (Parse(reader.GetString(0)) is { } handoff)
            {
                result.Add(handoff);
            }
        }

        return result;
    }

    private async Task<Handoff?> SingleAsync(string sql, string key, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$key", key);
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? Parse(json) : null;
    }

    private static void Bind(Microsoft.Data.Sqlite.SqliteCommand command, Handoff handoff)
    {
        command.Parameters.AddWithValue("$id", handoff.Id);
        command.Parameters.AddWithValue("$at", handoff.CreatedAt.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$state", StateText(handoff.State));
        command.Parameters.AddWithValue("$target", (object?)Handoff.TargetKey(handoff.Target) ?? DBNull.Value);
        command.Parameters.AddWithValue("$version", handoff.Version);
        command.Parameters.AddWithValue("$json", JsonSerializer.Serialize(handoff, ExpertsJson.Default.Handoff));
    }

    internal static string StateText(HandoffState state) => JsonSerializer.Serialize(state, ExpertsJson.Default.Options).Trim('"');

    /// <summary>A row written by an incompatible version is skipped rather than failing a whole list.</summary>
    internal static Handoff? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, ExpertsJson.Default.Handoff);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Dispose() => _db.Dispose();
}

/// <summary>Curated answers in the state SQLite file (table <c>curated_answers</c>).</summary>
public sealed class SqliteCuratedAnswerStore(IOptions<StateOptions> options) : ICuratedAnswerStore, IDisposable
{
    private readonly SqliteDatabase _db = new(options.Value.FeedbackDatabase,
        "CREATE TABLE IF NOT EXISTS curated_answers (id TEXT PRIMARY KEY, updated INTEGER NOT NULL, json TEXT NOT NULL);");

    public async Task SaveAsync(CuratedAnswer answer, CancellationToken cancellationToken = default)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO curated_answers (id, updated, json) VALUES ($id, $updated, $json)";
        command.Parameters.AddWithValue("$id", answer.Id);
        command.Parameters.AddWithValue("$updated", answer.Updated.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$json", JsonSerializer.Serialize(answer, ExpertsJson.Default.CuratedAnswer));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CuratedAnswer>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM curated_answers ORDER BY updated DESC, id";
        var result = new List<CuratedAnswer>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (JsonSerializer.Deserialize(reader.GetString(0), ExpertsJson.Default.CuratedAnswer) is { } answer)
            {
                result.Add(answer);
            }
        }

        return result;
    }

    public void Dispose() => _db.Dispose();
}

/// <summary>Teams conversation references in the state SQLite file (table <c>conversation_refs</c>).</summary>
public sealed class SqliteConversationReferenceStore(IOptions<StateOptions> options) : IConversationReferenceStore, IDisposable
{
    private readonly SqliteDatabase _db = new(options.Value.FeedbackDatabase,
        "CREATE TABLE IF NOT EXISTS conversation_refs (key TEXT PRIMARY KEY, json TEXT NOT NULL);");

    public async Task SetAsync(string key, ConversationReference reference, CancellationToken cancellationToken = default)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO conversation_refs (key, json) VALUES ($key, $json)";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$json", JsonSerializer.Serialize(reference, ExpertsJson.Default.ConversationReference));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<ConversationReference?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM conversation_refs WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return await command.ExecuteScalarAsync(cancellationToken) is string json
            ? JsonSerializer.Deserialize(json, ExpertsJson.Default.ConversationReference)
            : null;
    }

    public void Dispose() => _db.Dispose();
}
