using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace CustomerInsights.Emulator.State;

/// <summary>Data sources, segments and measures of an instance: what the trigger pickers list and events change.</summary>
public sealed class MonitoringStore(EmulatorDatabase database)
{
    private const string DataSourceColumns = "data_source_id, name, friendly_name, refresh_state, last_refresh";
    private const string SegmentColumns = "name, friendly_name, state, entity_count, evaluation_date";
    private const string MeasureColumns = "name, display_name, is_scalar, measure_values, evaluation_time";

    public IReadOnlyList<DataSourceRecord> DataSources(string instanceId) => database.Read(connection => DataSources(connection, null, instanceId, null));

    public IReadOnlyList<SegmentRecord> Segments(string instanceId) => database.Read(connection => Segments(connection, null, instanceId, null));

    public IReadOnlyList<MeasureRecord> Measures(string instanceId) => database.Read(connection => Measures(connection, null, instanceId, null));

    internal static List<DataSourceRecord> DataSources(SqliteConnection connection, SqliteTransaction? transaction, string instanceId, string? dataSourceId) =>
        Sql.Query(connection, transaction,
            $"SELECT {DataSourceColumns} FROM data_sources WHERE instance_id = $id AND ($source IS NULL OR data_source_id = $source) ORDER BY position",
            r => new DataSourceRecord(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.NullableString(4)),
            ("$id", instanceId), ("$source", dataSourceId));

    internal static List<SegmentRecord> Segments(SqliteConnection connection, SqliteTransaction? transaction, string instanceId, string? name) =>
        Sql.Query(connection, transaction,
            $"SELECT {SegmentColumns} FROM segments WHERE instance_id = $id AND ($name IS NULL OR name = $name) ORDER BY position",
            r => new SegmentRecord(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.NullableString(4)),
            ("$id", instanceId), ("$name", name));

    internal static List<MeasureRecord> Measures(SqliteConnection connection, SqliteTransaction? transaction, string instanceId, string? name) =>
        Sql.Query(connection, transaction,
            $"SELECT {MeasureColumns} FROM measures WHERE instance_id = $id AND ($name IS NULL OR name = $name) ORDER BY position",
            r => new MeasureRecord(r.GetString(0), r.GetString(1), r.GetBoolean(2), (JsonArray)JsonNode.Parse(r.GetString(3))!, r.NullableString(4)),
            ("$id", instanceId), ("$name", name));

    internal static void SetRefreshState(SqliteConnection connection, SqliteTransaction transaction, string instanceId, string dataSourceId, string state, string lastRefresh) =>
        Sql.Execute(connection, transaction,
            "UPDATE data_sources SET refresh_state = $state, last_refresh = $last WHERE instance_id = $id AND data_source_id = $source",
            ("$state", state), ("$last", lastRefresh), ("$id", instanceId), ("$source", dataSourceId));

    internal static void SetSegmentCount(SqliteConnection connection, SqliteTransaction transaction, string instanceId, string name, long count, string evaluationDate) =>
        Sql.Execute(connection, transaction,
            "UPDATE segments SET entity_count = $count, evaluation_date = $date WHERE instance_id = $id AND name = $name",
            ("$count", count), ("$date", evaluationDate), ("$id", instanceId), ("$name", name));

    internal static void SetMeasureValue(SqliteConnection connection, SqliteTransaction transaction, string instanceId, string name, double value, string evaluationTime) =>
        Sql.Execute(connection, transaction,
            "UPDATE measures SET measure_values = $values, evaluation_time = $time WHERE instance_id = $id AND name = $name",
            ("$values", new JsonArray(new JsonObject { ["value"] = value }).ToJsonString()), ("$time", evaluationTime), ("$id", instanceId), ("$name", name));
}
