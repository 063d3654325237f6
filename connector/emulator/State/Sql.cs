using Microsoft.Data.Sqlite;

namespace CustomerInsights.Emulator.State;

/// <summary>Parameterized commands and queries without the ADO.NET ceremony at every call site.</summary>
internal static class Sql
{
    public static int Execute(SqliteConnection connection, SqliteTransaction? transaction, string text, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, text, parameters);
        return command.ExecuteNonQuery();
    }

    public static long Insert(SqliteConnection connection, SqliteTransaction transaction, string text, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, text + "; SELECT last_insert_rowid();", parameters);
        return (long)command.ExecuteScalar()!;
    }

    public static List<T> Query<T>(SqliteConnection connection, string text, Func<SqliteDataReader, T> map, params (string Name, object? Value)[] parameters) =>
        Query(connection, null, text, map, parameters);

    public static List<T> Query<T>(SqliteConnection connection, SqliteTransaction? transaction, string text, Func<SqliteDataReader, T> map, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, text, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    public static string? NullableString(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string text, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
