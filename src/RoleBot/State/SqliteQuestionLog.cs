using System.Text.Json;
using Microsoft.Extensions.Options;

namespace RoleBot.State;

/// <summary>The question log in the state SQLite file (table <c>questions</c>).</summary>
public sealed class SqliteQuestionLog(IOptions<StateOptions> options) : IQuestionLog, IDisposable
{
    private readonly SqliteDatabase _db = new(options.Value.FeedbackDatabase, """
        CREATE TABLE IF NOT EXISTS questions (
            id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, channel TEXT NOT NULL, question TEXT NOT NULL,
            normalized TEXT NOT NULL, answered INTEGER NOT NULL, citations TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS questions_normalized ON questions (normalized);
        """);

    public async Task AddAsync(IReadOnlyList<AskedQuestion> questions, CancellationToken cancellationToken = default)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var transaction = (Microsoft.Data.Sqlite.SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO questions (at, channel, question, normalized, answered, citations)
            VALUES ($at, $channel, $question, $normalized, $answered, $citations)
            """;
        foreach (var question in questions)
        {
            command.Parameters.Clear();
            command.Parameters.AddWithValue("$at", question.At.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$channel", question.Channel);
            command.Parameters.AddWithValue("$question", question.Question.Trim());
            command.Parameters.AddWithValue("$normalized", Normalize(question.Question));
            command.Parameters.AddWithValue("$answered", question.Answered ? 1 : 0);
            command.Parameters.AddWithValue("$citations", JsonSerializer.Serialize(question.CitationIds.Take(3).ToArray()));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<FrequentQuestion>> MostAskedAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT q.question, g.n, g.unanswered, q.citations FROM (
                SELECT normalized, COUNT(*) AS n, SUM(answered = 0) AS unanswered, MAX(id) AS last
                FROM questions GROUP BY normalized ORDER BY n DESC, last DESC LIMIT $limit) AS g
            JOIN questions AS q ON q.id = g.last
            ORDER BY g.n DESC, g.last DESC
            """;
        command.Parameters.AddWithValue("$limit", limit);
        var result = new List<FrequentQuestion>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new FrequentQuestion(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2),
                JsonSerializer.Deserialize<string[]>(reader.GetString(3)) ?? []));
        }

        return result;
    }

    internal static string Normalize(string question) => question.Trim().ToLowerInvariant();

    public void Dispose() => _db.Dispose();
}
