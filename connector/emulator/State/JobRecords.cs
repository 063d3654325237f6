using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace CustomerInsights.Emulator.State;

/// <summary>A refresh job: a data source refresh, a full refresh or a unification refresh, with its steps.</summary>
public sealed record JobRecord(
    Guid JobId,
    string InstanceId,
    string Kind,
    Guid? DataSourceId,
    string SubmissionKind,
    string Status,
    string StartTime,
    string EndTime,
    JsonArray Steps);

public static class JobRecords
{
    public const string DataSourceKind = "dataSource";
    public const string FullKind = "full";
    public const string UnificationKind = "unification";

    internal static void Insert(SqliteConnection connection, SqliteTransaction transaction, JobRecord job) =>
        Sql.Execute(connection, transaction,
            "INSERT INTO jobs VALUES ($id, $instance, $kind, $source, $submission, $status, $start, $end, $steps)",
            ("$id", job.JobId.ToString()), ("$instance", job.InstanceId), ("$kind", job.Kind), ("$source", job.DataSourceId?.ToString()),
            ("$submission", job.SubmissionKind), ("$status", job.Status), ("$start", job.StartTime), ("$end", job.EndTime),
            ("$steps", job.Steps.ToJsonString()));

    /// <summary>The most recent jobs of an instance, newest first.</summary>
    internal static List<JobRecord> Latest(SqliteConnection connection, string instanceId, int count) =>
        Sql.Query(connection,
            "SELECT job_id, instance_id, kind, data_source_id, submission_kind, status, start_time, end_time, steps FROM jobs " +
            "WHERE instance_id = $instance ORDER BY end_time DESC, job_id LIMIT $count",
            r => new JobRecord(Guid.Parse(r.GetString(0)), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : Guid.Parse(r.GetString(3)),
                r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7), (JsonArray)JsonNode.Parse(r.GetString(8))!),
            ("$instance", instanceId), ("$count", count));
}
