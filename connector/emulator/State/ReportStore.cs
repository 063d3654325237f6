using System.Text.Json;
using System.Text.Json.Nodes;

namespace CustomerInsights.Emulator.State;

/// <summary>Builds status reports and keeps the ones sent, which the control API lists.</summary>
public sealed class ReportStore(EmulatorDatabase database)
{
    /// <summary>Builds the report (the StatusReportV2 schema) and records it as sent; noRecipients when nobody gets it.</summary>
    public Task<JsonObject> SendAsync(InstanceRecord instance, string reportType, IReadOnlyList<string> recipients, bool includeDetails, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var snapshot = database.Read(connection => ReportBuilder.MonitoringSnapshot.Read(connection, instance.InstanceId));
        var report = new JsonObject
        {
            ["reportId"] = Guid.NewGuid().ToString(),
            ["reportType"] = reportType,
            ["generatedAt"] = Timestamps.Format(now),
            ["status"] = recipients.Count > 0 ? "sent" : "noRecipients",
            ["recipients"] = new JsonArray([.. recipients.Select(r => (JsonNode)r)]),
            ["sections"] = new JsonArray(ReportBuilder.Section(reportType, snapshot, includeDetails)),
        };
        return database.WriteAsync((connection, transaction) =>
        {
            Sql.Execute(connection, transaction,
                "INSERT INTO reports VALUES ($id, $instance, $type, $at, $recipients, $body)",
                ("$id", report["reportId"]!.GetValue<string>()), ("$instance", instance.InstanceId), ("$type", reportType),
                ("$at", report["generatedAt"]!.GetValue<string>()), ("$recipients", JsonSerializer.Serialize(recipients)), ("$body", report.ToJsonString()));
            return report;
        }, cancellationToken);
    }

    public IReadOnlyList<JsonObject> Sent(string instanceId) => database.Read(connection =>
        Sql.Query(connection, "SELECT body FROM reports WHERE instance_id = $id ORDER BY generated_at, report_id",
            r => (JsonObject)JsonNode.Parse(r.GetString(0))!, ("$id", instanceId)));
}
