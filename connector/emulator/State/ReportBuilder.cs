using System.Globalization;
using System.Text.Json.Nodes;

namespace CustomerInsights.Emulator.State;

/// <summary>
/// The sections of a status report, one per report type: a title that summarises the area, and with details one entry
/// per data source, job, segment or measure (the StatusReportSection schema).
/// </summary>
public static class ReportBuilder
{
    private const int HistoryLength = 10;

    /// <summary>The report types (ListReportTypes) and their display names, in the order the picker shows them.</summary>
    public static readonly IReadOnlyDictionary<string, string> Types = new Dictionary<string, string>
    {
        ["dataSources"] = "Data sources and their last refresh",
        ["refreshHistory"] = "Recent refresh jobs",
        ["segments"] = "Segment evaluations",
        ["measures"] = "Measure evaluations",
    };

    public static JsonObject Section(string reportType, MonitoringSnapshot snapshot, bool includeDetails)
    {
        var (title, entries) = reportType switch
        {
            "dataSources" => DataSources(snapshot.DataSources),
            "refreshHistory" => RefreshHistory(snapshot.Jobs),
            "segments" => Segments(snapshot.Segments),
            _ => Measures(snapshot.Measures),
        };
        return new JsonObject
        {
            ["title"] = title,
            ["area"] = reportType,
            ["entries"] = includeDetails ? new JsonArray([.. entries]) : new JsonArray(),
        };
    }

    private static (string Title, IEnumerable<JsonNode> Entries) DataSources(IReadOnlyList<DataSourceRecord> sources)
    {
        var failed = sources.Count(s => s.RefreshState == "updateFailed");
        return (Invariant($"Data sources: {sources.Count}, {failed} with a failed last refresh"),
            sources.Select(s => Entry(s.FriendlyName, s.RefreshState, s.LastRefresh, s.RefreshState == "updateFailed" ? "The last refresh failed." : null)));
    }

    private static (string Title, IEnumerable<JsonNode> Entries) RefreshHistory(IReadOnlyList<JobRecord> jobs)
    {
        var failed = jobs.Count(j => j.Status != "successful");
        return (Invariant($"Refresh jobs: the last {jobs.Count}, {failed} not successful"),
            jobs.Select(j => Entry(JobName(j), j.Status, j.EndTime, FailedStep(j))));
    }

    private static (string Title, IEnumerable<JsonNode> Entries) Segments(IReadOnlyList<SegmentRecord> segments) =>
        (Invariant($"Segments: {segments.Count}, {segments.Count(s => s.State == "active")} active"),
            segments.Select(s => Entry(s.FriendlyName, s.State, s.EvaluationDate, Invariant($"{s.EntityCount} members"))));

    private static (string Title, IEnumerable<JsonNode> Entries) Measures(IReadOnlyList<MeasureRecord> measures) =>
        (Invariant($"Measures: {measures.Count}, {measures.Count(m => m.IsScalar)} scalar"),
            measures.Select(m => Entry(m.DisplayName, "evaluated", m.EvaluationTime,
                m.ScalarValue is { } value ? Invariant($"Value {value}") : Invariant($"{m.Values.Count} values by dimension"))));

    private static string JobName(JobRecord job) => job.Kind switch
    {
        JobRecords.FullKind => $"Full refresh ({job.SubmissionKind})",
        JobRecords.UnificationKind => $"Unification refresh ({job.SubmissionKind})",
        _ => $"Data source refresh {job.DataSourceId}",
    };

    private static string? FailedStep(JobRecord job) =>
        job.Steps.OfType<JsonObject>().FirstOrDefault(s => s["status"]?.GetValue<string>() == "failed") is { } step
            ? $"{step["operationType"]}: {step["errorMessage"]}"
            : null;

    private static JsonObject Entry(string name, string status, string? time, string? detail)
    {
        var entry = new JsonObject { ["name"] = name, ["status"] = status };
        if (time is not null)
        {
            entry["time"] = time;
        }

        if (detail is not null)
        {
            entry["detail"] = detail;
        }

        return entry;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>What a report is built from, read once.</summary>
    public sealed record MonitoringSnapshot(
        IReadOnlyList<DataSourceRecord> DataSources,
        IReadOnlyList<JobRecord> Jobs,
        IReadOnlyList<SegmentRecord> Segments,
        IReadOnlyList<MeasureRecord> Measures)
    {
        internal static MonitoringSnapshot Read(Microsoft.Data.Sqlite.SqliteConnection connection, string instanceId) => new(
            MonitoringStore.DataSources(connection, null, instanceId, null),
            JobRecords.Latest(connection, instanceId, HistoryLength),
            MonitoringStore.Segments(connection, null, instanceId, null),
            MonitoringStore.Measures(connection, null, instanceId, null));
    }
}
