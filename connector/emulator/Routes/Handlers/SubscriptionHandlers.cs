using System.Net;
using System.Text.Json.Nodes;
using CustomerInsights.Emulator.Delivery;
using CustomerInsights.Emulator.Events;
using CustomerInsights.Emulator.State;
using Microsoft.AspNetCore.Http;

namespace CustomerInsights.Emulator.Routes.Handlers;

/// <summary>
/// The six webhook triggers' subscribe operations (201 with the Location to DELETE) and DeleteSubscription. Callback
/// URLs must be on this machine (loopback): the emulator never posts notifications anywhere else.
/// </summary>
public sealed class SubscriptionHandlers(PathLookup paths, MonitoringStore monitoring, SubscriptionStore subscriptions, InFlightDeliveries inFlight) : IOperationHandlers
{
    /// <summary>The webhook triggers by operationId, with the event name their path ends with.</summary>
    public static readonly IReadOnlyDictionary<string, string> Triggers = new Dictionary<string, string>
    {
        ["OnDataSourceRefreshFailed"] = TriggerNames.DataSourceRefreshFailed,
        ["OnDataSourceRefreshSucceeded"] = TriggerNames.DataSourceRefreshSucceeded,
        ["OnSegmentThresholdCrossed"] = TriggerNames.SegmentThresholdCrossed,
        ["OnMeasureThresholdCrossed"] = TriggerNames.MeasureThresholdCrossed,
        ["OnFullRefreshCompleted"] = TriggerNames.FullRefreshCompleted,
        ["OnUnificationRefreshCompleted"] = TriggerNames.UnificationRefreshCompleted,
    };

    private const string CallbackUrl = "callbackUrl";

    public IEnumerable<KeyValuePair<string, OperationHandler>> Handlers =>
        Triggers.Select(t => new KeyValuePair<string, OperationHandler>(t.Key, request =>
                paths.WithInstanceAsync(request, instance => SubscribeAsync(request, instance.InstanceId, t.Value))))
            .Append(new("DeleteSubscription", request => paths.WithInstanceAsync(request, instance => DeleteAsync(request, instance.InstanceId))));

    private async Task<IResult> SubscribeAsync(OperationRequest request, string id, string triggerName)
    {
        var (body, error) = await request.ReadBodyAsync().ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var filters = (JsonObject)body!.DeepClone();
        var callback = filters[CallbackUrl]!.GetValue<string>();
        filters.Remove(CallbackUrl);
        if (!Uri.TryCreate(callback, UriKind.Absolute, out var callbackUri) || callbackUri.Scheme is not ("http" or "https"))
        {
            return ApiErrors.BadRequest($"callbackUrl must be an absolute http or https URL; it is '{callback}'.");
        }

        if (!IsLoopback(callbackUri))
        {
            return ApiErrors.BadRequest($"callbackUrl must be on this machine (localhost, 127.0.0.1 or [::1]): the emulator delivers nowhere else; it is '{callback}'.");
        }

        if (FilterProblem(id, triggerName, filters) is { } problem)
        {
            return problem;
        }

        var subscription = await subscriptions.CreateAsync(id, triggerName, callbackUri.ToString(), filters, request.Now, request.Aborted).ConfigureAwait(false);
        request.Context.Response.Headers.Location = $"{request.ServiceRoot}/instances/{id}/subscriptions/{subscription.SubscriptionId}";
        return ApiErrors.Json(subscription.ToJson(), HttpStatusCode.Created);
    }

    private async Task<IResult> DeleteAsync(OperationRequest request, string id)
    {
        var subscriptionId = request.Route("subscriptionId");
        if (!Guid.TryParse(subscriptionId, out var parsed) || !await subscriptions.DeleteAsync(id, parsed.ToString(), request.Now, request.Aborted).ConfigureAwait(false))
        {
            return ApiErrors.NotFound($"The instance has no subscription '{subscriptionId}'.");
        }

        inFlight.CancelFor(parsed.ToString());
        return Results.Ok();
    }

    /// <summary>What is wrong with the filters of a subscription: a data source, segment or measure the instance lacks.</summary>
    private IResult? FilterProblem(string instanceId, string triggerName, JsonObject filters)
    {
        switch (triggerName)
        {
            case TriggerNames.DataSourceRefreshFailed or TriggerNames.DataSourceRefreshSucceeded
                when filters["dataSourceId"]?.GetValue<string>() is { } sourceId
                    && !monitoring.DataSources(instanceId).Any(s => string.Equals(s.DataSourceId, sourceId, StringComparison.OrdinalIgnoreCase)):
                return ApiErrors.NotFound($"The instance has no data source '{sourceId}'.");
            case TriggerNames.SegmentThresholdCrossed
                when filters["segmentName"]!.GetValue<string>() is var segment && !monitoring.Segments(instanceId).Any(s => s.Name == segment):
                return ApiErrors.BadRequest($"The instance has no segment '{segment}'.");
            case TriggerNames.MeasureThresholdCrossed
                when filters["measureName"]!.GetValue<string>() is var measure && monitoring.Measures(instanceId).FirstOrDefault(m => m.Name == measure) is var found
                    && found?.IsScalar != true:
                return ApiErrors.BadRequest(found is null
                    ? $"The instance has no measure '{measure}'."
                    : $"The measure '{measure}' has dimensions; only scalar measures can be watched.");
            default:
                return null;
        }
    }

    internal static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
