using System.Text.Json.Nodes;
using CustomerInsights.Emulator.State;
using Microsoft.AspNetCore.Http;

namespace CustomerInsights.Emulator.Routes.Handlers;

/// <summary>
/// Status reports: built from the instance's current state (data sources, recent jobs, segments, measures), recorded
/// as sent to the recipients (the emulator sends no mail; GET /control/instances/{id}/reports lists what was sent).
/// </summary>
public sealed class ReportHandlers(PathLookup paths, ReportStore reports) : IOperationHandlers
{
    public IEnumerable<KeyValuePair<string, OperationHandler>> Handlers =>
    [
        new("ListReportTypes", request => paths.WithInstance(request, _ =>
            ApiErrors.Json(new JsonArray([.. ReportBuilder.Types.Select(t => (JsonNode)new JsonObject { ["reportType"] = t.Key, ["displayName"] = t.Value })])))),
        new("SendStatusReport", request => paths.WithInstanceAsync(request, instance => SendStatusReportAsync(request, instance))),
        new("SendStatusReportV2", request => paths.WithInstanceAsync(request, instance => SendStatusReportV2Async(request, instance))),
    ];

    private async Task<IResult> SendStatusReportAsync(OperationRequest request, InstanceRecord instance)
    {
        var reportType = request.Query("reportType");
        if (reportType is null || !ReportBuilder.Types.ContainsKey(reportType))
        {
            return ApiErrors.BadRequest($"reportType must be one of {string.Join(", ", ReportBuilder.Types.Keys)}; it is '{reportType}'.");
        }

        var report = await reports.SendAsync(instance, reportType, instance.Recipients, includeDetails: false, request.Now, request.Aborted).ConfigureAwait(false);
        var summary = new JsonObject();
        foreach (var name in (string[])["reportId", "reportType", "generatedAt", "status"])
        {
            summary[name] = report[name]?.DeepClone();
        }

        return ApiErrors.Json(summary);
    }

    private async Task<IResult> SendStatusReportV2Async(OperationRequest request, InstanceRecord instance)
    {
        var (body, error) = await request.ReadBodyAsync().ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var reportType = body!["reportType"]!.GetValue<string>();
        if (!ReportBuilder.Types.ContainsKey(reportType))
        {
            return ApiErrors.BadRequest($"reportType must be one of {string.Join(", ", ReportBuilder.Types.Keys)}; it is '{reportType}'.");
        }

        IReadOnlyList<string> recipients = body["recipients"] is JsonArray { Count: > 0 } given
            ? [.. given.Select(r => r!.GetValue<string>())]
            : instance.Recipients;
        var includeDetails = body["includeDetails"]?.GetValue<bool>() == true;
        var report = await reports.SendAsync(instance, reportType, recipients, includeDetails, request.Now, request.Aborted).ConfigureAwait(false);
        return ApiErrors.Json(report);
    }
}
