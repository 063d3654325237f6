using Microsoft.Data.Sqlite;

namespace CustomerInsights.Emulator.State;

/// <summary>
/// The emulator's SQLite database: a file that survives restarts (<c>--data FILE</c>), or a private in-memory database
/// that lives as long as this object. Writes are serialized so an event and its outbox rows commit together, never
/// interleaved with another writer; reads open their own connection.
/// </summary>
public sealed class EmulatorDatabase : IDisposable
{
    private readonly string _connectionString;
    private readonly SqliteConnection? _memoryKeepAlive;
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    private EmulatorDatabase(string connectionString, SqliteConnection? memoryKeepAlive)
    {
        _connectionString = connectionString;
        _memoryKeepAlive = memoryKeepAlive;
    }

    /// <summary>Opens (creating when needed) the database in <paramref name="file"/>, or an in-memory one when null.</summary>
    public static EmulatorDatabase Open(string? file)
    {
        if (file is null)
        {
            var memory = new SqliteConnectionStringBuilder
            {
                DataSource = "customer-insights-emulator-" + Guid.NewGuid().ToString("N"),
                Mode = SqliteOpenMode.Memory,
                Cache = SqliteCacheMode.Shared,
            }.ToString();
            var keepAlive = new SqliteConnection(memory);
            keepAlive.Open();
            return Initialized(new EmulatorDatabase(memory, keepAlive));
        }

        var onDisk = new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(file),
            Mode = SqliteOpenMode.ReadWriteCreate,
            // Each unit of work opens its own connection; without pooling, nothing holds the file once the host stops.
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString();
        return Initialized(new EmulatorDatabase(onDisk, null));
    }

    public SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    /// <summary>Runs <paramref name="work"/> in one transaction, alone among writers; commits when it returns.</summary>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, T> work, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var connection = OpenConnection();
            using var transaction = connection.BeginTransaction();
            var result = work(connection, transaction);
            transaction.Commit();
            return result;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Runs <paramref name="work"/> on a connection of its own, for reads.</summary>
    public T Read<T>(Func<SqliteConnection, T> work)
    {
        using var connection = OpenConnection();
        return work(connection);
    }

    public void Dispose()
    {
        _memoryKeepAlive?.Dispose();
        _writeLock.Dispose();
    }

    private static EmulatorDatabase Initialized(EmulatorDatabase database)
    {
        using var connection = database.OpenConnection();
        if (database._memoryKeepAlive is null)
        {
            using var wal = connection.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            wal.ExecuteNonQuery();
        }

        using var schema = connection.CreateCommand();
        schema.CommandText = DatabaseSchema.Script;
        schema.ExecuteNonQuery();
        return database;
    }
}
