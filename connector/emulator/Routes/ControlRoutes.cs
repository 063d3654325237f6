using System.Text.Json.Nodes;
using ConnectorKit.Conformance;
using CustomerInsights.Emulator.Events;
using CustomerInsights.Emulator.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerInsights.Emulator.Routes;

/// <summary>
/// The control API under /control: makes events happen (each answers 202 once the event and its notifications are
/// recorded) and shows the emulator's subscriptions, outbox and sent reports. It is the emulator's own API, not the
/// service's: no token, no rate limit. docs/emulator.md documents every route.
/// </summary>
public static class ControlRoutes
{
    public const string Prefix = "/control";

    private static readonly SchemaConformance BodyChecker = new([]);

    private static readonly JsonObject RefreshDataSourceBody = ObjectSchema(["outcome"], new JsonObject
    {
        ["outcome"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("succeeded", "failed") },
        ["errorMessage"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 },
    });

    private static readonly JsonObject SegmentCountBody = ObjectSchema(["count"], new JsonObject
    {
        ["count"] = new JsonObject { ["type"] = "integer", ["format"] = "int64", ["minimum"] = 0 },
    });

    private static readonly JsonObject MeasureValueBody = ObjectSchema(["value"], new JsonObject
    {
        ["value"] = new JsonObject { ["type"] = "number" },
    });

    private static readonly JsonObject RefreshBody = ObjectSchema(["kind", "scheduled"], new JsonObject
    {
        ["kind"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(JobRecords.FullKind, JobRecords.UnificationKind) },
        ["scheduled"] = new JsonObject { ["type"] = "boolean" },
        ["outcome"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("successful", "failed") },
    });

    public static void Map(IEndpointRouteBuilder routes)
    {
        var control = routes.MapGroup(Prefix);
        control.MapPost("/instances/{instanceId}/dataSources/{dataSourceId}/refresh", (HttpContext context, string instanceId, string dataSourceId) =>
            RunAsync(context, RefreshDataSourceBody, (actions, body) => actions.RefreshDataSourceAsync(Canonical(instanceId), Canonical(dataSourceId),
                body["outcome"]!.GetValue<string>() == "succeeded", body["errorMessage"]?.GetValue<string>(), context.RequestAborted)));
        control.MapPut("/instances/{instanceId}/segments/{segmentName}/count", (HttpContext context, string instanceId, string segmentName) =>
            RunAsync(context, SegmentCountBody, (actions, body) =>
                actions.SetSegmentCountAsync(Canonical(instanceId), segmentName, body["count"]!.GetValue<long>(), context.RequestAborted)));
        control.MapPut("/instances/{instanceId}/measures/{measureName}/value", (HttpContext context, string instanceId, string measureName) =>
            RunAsync(context, MeasureValueBody, (actions, body) =>
                actions.SetMeasureValueAsync(Canonical(instanceId), measureName, body["value"]!.GetValue<double>(), context.RequestAborted)));
        control.MapPost("/instances/{instanceId}/refreshes", (HttpContext context, string instanceId) =>
            RunAsync(context, RefreshBody, (actions, body) => actions.RunRefreshAsync(Canonical(instanceId), body["kind"]!.GetValue<string>(),
                body["scheduled"]!.GetValue<bool>(), body["outcome"]?.GetValue<string>() == "failed", context.RequestAborted)));

        control.MapGet("/subscriptions", (SubscriptionStore subscriptions) =>
            ApiErrors.Json(new JsonArray([.. subscriptions.All().Select(Describe)])));
        control.MapGet("/outbox", (OutboxStore outbox) =>
            ApiErrors.Json(new JsonArray([.. outbox.All().Select(e => (JsonNode)e.ToJson())])));
        control.MapGet("/instances/{instanceId}/reports", (ReportStore reports, string instanceId) =>
            ApiErrors.Json(new JsonArray([.. reports.Sent(Canonical(instanceId)).Select(r => (JsonNode)r)])));
    }

    private static async Task<IResult> RunAsync(HttpContext context, JsonObject schema, Func<ControlActions, JsonObject, Task<ControlOutcome>> action)
    {
        var (body, error) = await JsonBodies.ReadAsync(context, schema, BodyChecker).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var outcome = await action(context.RequestServices.GetRequiredService<ControlActions>(), (JsonObject)body!).ConfigureAwait(false);
        return ApiErrors.Json(outcome.Body, outcome.Status);
    }

    private static JsonNode Describe(SubscriptionRecord subscription)
    {
        var json = subscription.ToJson();
        json["instanceId"] = subscription.InstanceId;
        json["callbackUrl"] = subscription.CallbackUrl;
        json["filters"] = subscription.Filters.DeepClone();
        return json;
    }

    /// <summary>IDs in the form the database keeps them: GUIDs lower case with hyphens; anything else as given.</summary>
    private static string Canonical(string id) => Guid.TryParse(id, out var guid) ? guid.ToString() : id;

    private static JsonObject ObjectSchema(string[] required, JsonObject properties) => new()
    {
        ["type"] = "object",
        ["required"] = new JsonArray([.. required.Select(r => (JsonNode)r)]),
        ["properties"] = properties,
        ["additionalProperties"] = false,
    };
}
