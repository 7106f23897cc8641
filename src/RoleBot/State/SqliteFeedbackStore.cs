using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace RoleBot.State;

/// <summary>Feedback and unanswered questions in a SQLite file; the schema is created on first use.</summary>
public sealed class SqliteFeedbackStore : IFeedbackStore, IDisposable
{
    private readonly string _connectionString;
    private readonly StateOptions _options;
    private readonly SemaphoreSlim _schema = new(1, 1);
    private bool _ready;

    public SqliteFeedbackStore(IOptions<StateOptions> options)
    {
        _options = options.Value;
        var path = Path.GetFullPath(options.Value.FeedbackDatabase);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true }.ToString();
    }

    public async Task AddFeedbackAsync(FeedbackRecord feedback, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO feedback (at, channel, question, answer, citations, helpful, comment, user_id)
            VALUES ($at, $channel, $question, $answer, $citations, $helpful, $comment, $user)
            """;
        command.Parameters.AddWithValue("$at", feedback.At.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$channel", feedback.Channel);
        command.Parameters.AddWithValue("$question", feedback.Question);
        command.Parameters.AddWithValue("$answer", feedback.AnswerText);
        command.Parameters.AddWithValue("$citations", JsonSerializer.Serialize(feedback.CitationIds));
        command.Parameters.AddWithValue("$helpful", feedback.Helpful ? 1 : 0);
        command.Parameters.AddWithValue("$comment", (object?)feedback.Comment ?? DBNull.Value);
        command.Parameters.AddWithValue("$user", (object?)feedback.UserId ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task AddUnansweredAsync(UnansweredRecord unanswered, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        // Retention on every insert keeps the table (and so the file) bounded: one indexed delete each, no sweeper.
        command.CommandText = """
            INSERT INTO unanswered (at, channel, question) VALUES ($at, $channel, $question);
            DELETE FROM unanswered WHERE at < $cutoff;
            DELETE FROM unanswered WHERE id <= (SELECT id FROM unanswered ORDER BY id DESC LIMIT 1 OFFSET $max);
            """;
        command.Parameters.AddWithValue("$at", unanswered.At.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$channel", unanswered.Channel);
        command.Parameters.AddWithValue("$question", unanswered.Question);
        command.Parameters.AddWithValue("$cutoff", (unanswered.At - _options.UnansweredRetention).ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$max", Math.Max(1, _options.MaxUnanswered));
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<FeedbackRecord>> RecentFeedbackAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT at, channel, question, answer, citations, helpful, comment, user_id FROM feedback ORDER BY at DESC, id DESC LIMIT $limit";
        command.Parameters.AddWithValue("$limit", limit);
        var result = new List<FeedbackRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new FeedbackRecord(
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0)), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                JsonSerializer.Deserialize<string[]>(reader.GetString(4)) ?? [], reader.GetInt64(5) == 1,
                reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7)));
        }

        return result;
    }

    public async Task<IReadOnlyList<(string Question, int Count)>> TopUnansweredAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT MIN(question), COUNT(*) AS n FROM unanswered
            GROUP BY lower(trim(question)) ORDER BY n DESC, MIN(at) LIMIT $limit
            """;
        command.Parameters.AddWithValue("$limit", limit);
        var result = new List<(string, int)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add((reader.GetString(0), reader.GetInt32(1)));
        }

        return result;
    }

    public async Task<IReadOnlyList<(string Question, int NotHelpful, int Helpful)>> WorstRatedAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT MIN(question), SUM(helpful = 0) AS bad, SUM(helpful = 1) AS good FROM feedback
            GROUP BY lower(trim(question)) HAVING bad > 0 ORDER BY bad - good DESC, bad DESC LIMIT $limit
            """;
        command.Parameters.AddWithValue("$limit", limit);
        var result = new List<(string, int, int)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add((reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2)));
        }

        return result;
    }

    public async Task AddCitedAsync(CitedRecord cited, CancellationToken cancellationToken = default)
    {
        if (cited.Sources.Count == 0)
        {
            return;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var source in cited.Sources.Distinct(StringComparer.Ordinal))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO cited (source, last_at, times) VALUES ($source, $at, 1)
                ON CONFLICT(source) DO UPDATE SET last_at = max(last_at, excluded.last_at), times = times + 1
                """;
            command.Parameters.AddWithValue("$source", source);
            command.Parameters.AddWithValue("$at", cited.At.ToUnixTimeMilliseconds());
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> LastCitedAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT source, last_at FROM cited";
        var result = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result[reader.GetString(0)] = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1));
        }

        return result;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        if (!_ready)
        {
            await _schema.WaitAsync(cancellationToken);
            try
            {
                if (!_ready)
                {
                    await using var command = connection.CreateCommand();
                    command.CommandText = """
                        PRAGMA journal_mode = WAL;
                        CREATE TABLE IF NOT EXISTS feedback (
                            id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, channel TEXT NOT NULL, question TEXT NOT NULL,
                            answer TEXT NOT NULL, citations TEXT NOT NULL, helpful INTEGER NOT NULL, comment TEXT, user_id TEXT);
                        CREATE TABLE IF NOT EXISTS unanswered (
                            id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, channel TEXT NOT NULL, question TEXT NOT NULL);
                        CREATE INDEX IF NOT EXISTS unanswered_at ON unanswered (at);
                        CREATE TABLE IF NOT EXISTS cited (
                            source TEXT PRIMARY KEY, last_at INTEGER NOT NULL, times INTEGER NOT NULL);
                        """;
                    await command.ExecuteNonQueryAsync(cancellationToken);
                    _ready = true;
                }
            }
            finally
            {
                _schema.Release();
            }
        }

        return connection;
    }

    public void Dispose() => _schema.Dispose();
}
