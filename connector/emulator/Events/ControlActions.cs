using System.Text.Json.Nodes;
using CustomerInsights.Emulator.State;
using Microsoft.Data.Sqlite;

namespace CustomerInsights.Emulator.Events;

/// <summary>
/// The control API's events: each changes the instance, records the event and its notifications in one transaction,
/// then wakes the outbox worker. Triggers fire only as the contract says: thresholds on an upward crossing (previous
/// at or below the threshold, current above it), the full-refresh trigger for scheduled runs only.
/// </summary>
public sealed class ControlActions(EmulatorDatabase database, TimeProvider timeProvider, DeliverySignal signal)
{
    public const string DefaultRefreshError = "The data source could not be read: the connection to the source timed out after 30 minutes.";

    public Task<ControlOutcome> RefreshDataSourceAsync(string instanceId, string dataSourceId, bool succeeded, string? errorMessage, CancellationToken cancellationToken) =>
        RecordAsync(instanceId, (connection, transaction, now) =>
        {
            if (MonitoringStore.DataSources(connection, transaction, instanceId, dataSourceId).FirstOrDefault() is not { } source)
            {
                return ControlOutcome.NotFound($"The instance has no data source '{dataSourceId}'.");
            }

            var job = RefreshJobs.DataSource(instanceId, Guid.Parse(source.DataSourceId), succeeded ? null : errorMessage ?? DefaultRefreshError, now);
            var refreshState = succeeded ? "updated" : "updateFailed";
            JobRecords.Insert(connection, transaction, job);
            MonitoringStore.SetRefreshState(connection, transaction, instanceId, source.DataSourceId, refreshState, job.EndTime);
            var trigger = succeeded ? TriggerNames.DataSourceRefreshSucceeded : TriggerNames.DataSourceRefreshFailed;
            var payload = new JsonObject
            {
                ["dataSourceId"] = source.DataSourceId,
                ["dataSourceName"] = source.FriendlyName,
                ["refreshState"] = refreshState,
                ["jobId"] = job.JobId.ToString(),
                ["startTime"] = job.StartTime,
                ["endTime"] = job.EndTime,
            };
            if (!succeeded)
            {
                payload["errorMessage"] = job.Steps[0]!["errorMessage"]!.DeepClone();
            }

            var notified = NotificationFanOut.Record(connection, transaction, instanceId, trigger, job.EndTime,
                subscription => subscription.Filters["dataSourceId"]?.GetValue<string>() is not { } wanted
                    || string.Equals(wanted, source.DataSourceId, StringComparison.OrdinalIgnoreCase),
                _ => payload);
            return ControlOutcome.Accepted(NotificationFanOut.Summary(trigger, job.EndTime, notified, new JsonObject { ["jobId"] = job.JobId.ToString() }));
        }, cancellationToken);

    public Task<ControlOutcome> SetSegmentCountAsync(string instanceId, string segmentName, long count, CancellationToken cancellationToken) =>
        RecordAsync(instanceId, (connection, transaction, now) =>
        {
            if (MonitoringStore.Segments(connection, transaction, instanceId, segmentName).FirstOrDefault() is not { } segment)
            {
                return ControlOutcome.NotFound($"The instance has no segment '{segmentName}'.");
            }

            var evaluated = Timestamps.Format(now);
            MonitoringStore.SetSegmentCount(connection, transaction, instanceId, segment.Name, count, evaluated);
            var notified = NotificationFanOut.Record(connection, transaction, instanceId, TriggerNames.SegmentThresholdCrossed, evaluated,
                subscription => subscription.Filters["segmentName"]?.GetValue<string>() == segment.Name
                    && subscription.Filters["threshold"]?.GetValue<long>() is { } threshold
                    && segment.EntityCount <= threshold && count > threshold,
                subscription => new JsonObject
                {
                    ["segmentName"] = segment.Name,
                    ["segmentDisplayName"] = segment.FriendlyName,
                    ["threshold"] = subscription.Filters["threshold"]!.GetValue<long>(),
                    ["previousCount"] = segment.EntityCount,
                    ["currentCount"] = count,
                    ["evaluationDate"] = evaluated,
                });
            return ControlOutcome.Accepted(NotificationFanOut.Summary(TriggerNames.SegmentThresholdCrossed, evaluated, notified,
                new JsonObject { ["previousCount"] = segment.EntityCount, ["currentCount"] = count }));
        }, cancellationToken);

    public Task<ControlOutcome> SetMeasureValueAsync(string instanceId, string measureName, double value, CancellationToken cancellationToken) =>
        RecordAsync(instanceId, (connection, transaction, now) =>
        {
            if (MonitoringStore.Measures(connection, transaction, instanceId, measureName).FirstOrDefault() is not { } measure)
            {
                return ControlOutcome.NotFound($"The instance has no measure '{measureName}'.");
            }

            if (measure.ScalarValue is not { } previous)
            {
                return ControlOutcome.BadRequest($"The measure '{measureName}' has dimensions; only a scalar measure has one value to set.");
            }

            var evaluated = Timestamps.Format(now);
            MonitoringStore.SetMeasureValue(connection, transaction, instanceId, measure.Name, value, evaluated);
            var notified = NotificationFanOut.Record(connection, transaction, instanceId, TriggerNames.MeasureThresholdCrossed, evaluated,
                subscription => subscription.Filters["measureName"]?.GetValue<string>() == measure.Name
                    && subscription.Filters["threshold"]?.GetValue<double>() is { } threshold
                    && previous <= threshold && value > threshold,
                subscription => new JsonObject
                {
                    ["measureName"] = measure.Name,
                    ["measureDisplayName"] = measure.DisplayName,
                    ["threshold"] = subscription.Filters["threshold"]!.GetValue<double>(),
                    ["previousValue"] = previous,
                    ["currentValue"] = value,
                    ["evaluationTime"] = evaluated,
                });
            return ControlOutcome.Accepted(NotificationFanOut.Summary(TriggerNames.MeasureThresholdCrossed, evaluated, notified,
                new JsonObject { ["previousValue"] = previous, ["currentValue"] = value }));
        }, cancellationToken);

    /// <summary>
    /// A full or unification refresh. A unification refresh notifies whether scheduled or not; a full refresh only when
    /// it ran on schedule (the event is recorded either way, notifying nobody for a manual run).
    /// </summary>
    public Task<ControlOutcome> RunRefreshAsync(string instanceId, string kind, bool scheduled, bool failed, CancellationToken cancellationToken) =>
        RecordAsync(instanceId, (connection, transaction, now) =>
        {
            var job = RefreshJobs.Refresh(instanceId, kind, scheduled, failed, now);
            JobRecords.Insert(connection, transaction, job);
            var trigger = kind == JobRecords.FullKind ? TriggerNames.FullRefreshCompleted : TriggerNames.UnificationRefreshCompleted;
            var fires = kind != JobRecords.FullKind || scheduled;
            var payload = RefreshJobs.Payload(job);
            var notified = NotificationFanOut.Record(connection, transaction, instanceId, trigger, job.EndTime, _ => fires, _ => payload);
            return ControlOutcome.Accepted(NotificationFanOut.Summary(trigger, job.EndTime, notified,
                new JsonObject { ["jobId"] = job.JobId.ToString(), ["jobStatus"] = job.Status, ["submissionKind"] = job.SubmissionKind }));
        }, cancellationToken);

    private async Task<ControlOutcome> RecordAsync(string instanceId, Func<SqliteConnection, SqliteTransaction, DateTimeOffset, ControlOutcome> action, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var outcome = await database.WriteAsync((connection, transaction) =>
        {
            var exists = Sql.Query(connection, transaction, "SELECT 1 FROM instances WHERE instance_id = $id", _ => true, ("$id", instanceId)).Count > 0;
            return exists ? action(connection, transaction, now) : ControlOutcome.NotFound($"There is no instance '{instanceId}'.");
        }, cancellationToken).ConfigureAwait(false);
        if (outcome.Body["notifiedSubscriptions"] is JsonArray { Count: > 0 })
        {
            signal.Notify();
        }

        return outcome;
    }
}
