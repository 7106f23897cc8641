using Microsoft.Data.Sqlite;

namespace RoleBot.State;

/// <summary>
/// Opens connections to the state SQLite file (State:FeedbackDatabase) and runs a store's CREATE TABLE IF NOT EXISTS
/// script once per process, so each store owns its tables without a migration step.
/// </summary>
public sealed class SqliteDatabase(string path, string schema) : IDisposable
{
    private readonly string _connectionString = Connect(path);
    private readonly SemaphoreSlim _schema = new(1, 1);
    private volatile bool _ready;

    private static string Connect(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true }.ToString();
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        if (_ready)
        {
            return connection;
        }

        await _schema.WaitAsync(cancellationToken);
        try
        {
            if (!_ready)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000;\n" + schema;
                await command.ExecuteNonQueryAsync(cancellationToken);
                _ready = true;
            }
        }
        finally
        {
            _schema.Release();
        }

        return connection;
    }

    public void Dispose() => _schema.Dispose();
}
