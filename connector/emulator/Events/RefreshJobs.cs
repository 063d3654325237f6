using System.Text.Json.Nodes;
using CustomerInsights.Emulator.State;

namespace CustomerInsights.Emulator.Events;

/// <summary>
/// The refresh jobs the control API simulates, ending at the moment of the request: their steps, how long they took
/// and, when a refresh fails, which step failed and which were skipped.
/// </summary>
internal static class RefreshJobs
{
    private static readonly string[] FullSteps = ["dataSource", "map", "match", "merge", "segmentation", "measures", "export"];
    private static readonly string[] UnificationSteps = ["map", "match", "merge"];
    private static readonly TimeSpan StepDuration = TimeSpan.FromMinutes(4);

    /// <summary>A full or unification refresh; when <paramref name="failed"/>, its match step fails and the later ones are skipped.</summary>
    public static JobRecord Refresh(string instanceId, string kind, bool scheduled, bool failed, DateTimeOffset end)
    {
        var stepNames = kind == JobRecords.FullKind ? FullSteps : UnificationSteps;
        var start = end - (StepDuration * stepNames.Length);
        var steps = new JsonArray();
        var failedAlready = false;
        for (var index = 0; index < stepNames.Length; index++)
        {
            var step = new JsonObject { ["operationType"] = stepNames[index] };
            if (failedAlready)
            {
                step["status"] = "skipped";
            }
            else if (failed && stepNames[index] == "match")
            {
                step["status"] = "failed";
                step["errorMessage"] = "The match step stopped: the match rules produced no candidate pairs between the sources.";
                failedAlready = true;
            }
            else
            {
                step["status"] = "successful";
            }

            step["endTime"] = Timestamps.Format(start + (StepDuration * (index + 1)));
            steps.Add(step);
        }

        return new JobRecord(Guid.NewGuid(), instanceId, kind, null, scheduled ? "scheduled" : "onDemand",
            failed ? "failed" : "successful", Timestamps.Format(start), Timestamps.Format(end), steps);
    }

    /// <summary>A data source refresh of one step, ending now.</summary>
    public static JobRecord DataSource(string instanceId, Guid dataSourceId, string? errorMessage, DateTimeOffset end)
    {
        var step = new JsonObject
        {
            ["operationType"] = "dataSource",
            ["status"] = errorMessage is null ? "successful" : "failed",
            ["endTime"] = Timestamps.Format(end),
        };
        if (errorMessage is not null)
        {
            step["errorMessage"] = errorMessage;
        }

        return new JobRecord(Guid.NewGuid(), instanceId, JobRecords.DataSourceKind, dataSourceId, "onDemand",
            errorMessage is null ? "successful" : "failed", Timestamps.Format(end - StepDuration), Timestamps.Format(end), [step]);
    }

    /// <summary>The payload of the refresh-completed triggers (RefreshCompletedEvent), without the shared members.</summary>
    public static JsonObject Payload(JobRecord job) => new()
    {
        ["jobId"] = job.JobId.ToString(),
        ["jobStatus"] = job.Status,
        ["submissionKind"] = job.SubmissionKind,
        ["startTime"] = job.StartTime,
        ["endTime"] = job.EndTime,
        ["steps"] = job.Steps.DeepClone(),
    };
}
