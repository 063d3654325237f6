using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Expansion;

/// <summary>
/// Builds swagger <c>paths</c>: path items in the order their first operation appears (actions, then triggers),
/// methods within a path in Swagger's order, then the path item's parameters, the notification content (of webhooks
/// and callback-style actions) and the path extensions; then the notification paths (content without operations), the
/// empty path items the connector section names, and the raw path items.
/// </summary>
internal sealed class PathsExpander(
    OriginRecorder origins,
    OperationExpander operations,
    WebhookTriggerExpander webhooks,
    PollingTriggerExpander pollingTriggers)
{
    private static readonly Dictionary<string, int> MethodRanks =
        SwaggerDocument.Methods.Select((method, rank) => (method, rank)).ToDictionary(p => p.method, p => p.rank, StringComparer.Ordinal);

    public JsonObject Expand(ConnectorModel model, string pointer)
    {
        var paths = new JsonObject();
        foreach (var group in model.Operations.GroupBy(o => o.HttpPath, StringComparer.Ordinal))
        {
            var pathPointer = JsonPointer.Append(pointer, group.Key);
            paths[group.Key] = ExpandPathItem([.. group], pathPointer);
        }

        foreach (var notification in model.Notifications)
        {
            var pathPointer = JsonPointer.Append(pointer, notification.Path);
            paths[notification.Path] = ExpandNotificationPath(notification, pathPointer);
        }

        foreach (var path in model.Info.EmptyPaths.Where(p => !paths.ContainsKey(p)))
        {
            origins.Record(JsonPointer.Append(pointer, path), model.Info.Position);
            paths[path] = new JsonObject();
        }

        origins.AppendExtensions(paths, model.Paths, pointer);
        return paths;
    }

    private JsonObject ExpandPathItem(IReadOnlyList<OperationModel> pathOperations, string pointer)
    {
        origins.Record(pointer, pathOperations[0].Position);
        var item = new JsonObject();
        foreach (var operation in pathOperations.OrderBy(o => MethodRank(o.HttpMethod)))
        {
            var method = operation.HttpMethod.ToLowerInvariant();

            // Two operations on one route are reported by the checks (CK2015); the first one written stays.
            if (!item.ContainsKey(method))
            {
                item[method] = ExpandOperation(operation, JsonPointer.Append(pointer, method));
            }
        }

        if (pathOperations.Any(o => o.PathItemParameters.Count > 0))
        {
            // Each operation may give some; they are written in the path's model order.
            var entries = pathOperations.SelectMany(o => o.PathItemParameters);
            item["parameters"] = operations.ExpandParameterList(entries, JsonPointer.Append(pointer, "parameters"));
        }

        foreach (var operation in pathOperations)
        {
            if (operation.NotificationTexts is { } texts)
            {
                var contentPointer = JsonPointer.Append(pointer, "x-ms-notification-content");
                var content = webhooks.ExpandNotificationContent(operation, texts, contentPointer);
                item.AddIfPresent("x-ms-notification-content", content);
            }
        }

        foreach (var operation in pathOperations)
        {
            origins.AppendExtensions(item, operation.PathExtensions, pointer);
        }

        return item;
    }

    /// <summary>A path item of only <c>x-ms-notification-content</c>: description, schema, headers (as webhooks).</summary>
    private JsonObject ExpandNotificationPath(NotificationPathModel notification, string pointer)
    {
        origins.Record(pointer, notification.Position);
        var contentPointer = JsonPointer.Append(pointer, "x-ms-notification-content");
        origins.Record(contentPointer, notification.Position);
        var content = new JsonObject()
            .AddIfPresent("description", notification.Description)
            .AddIfPresent("schema", origins.CopySchema(notification.Payload, JsonPointer.Append(contentPointer, "schema")));
        if (notification.Headers is { } headers)
        {
            content["headers"] = origins.Copy(headers, JsonPointer.Append(contentPointer, "headers"));
        }

        return new JsonObject { ["x-ms-notification-content"] = content };
    }

    private JsonObject ExpandOperation(OperationModel operation, string pointer) => operation switch
    {
        TriggerModel { Webhook: { } webhook } trigger => webhooks.Expand(trigger, webhook, pointer),
        TriggerModel { Polling: { } polling } trigger => pollingTriggers.Expand(trigger, polling, pointer),
        ActionModel action => operations.ExpandAction(action, pointer),
        _ => throw new InvalidOperationException($"Operation '{operation.Id}' is neither an action nor a webhook or polling trigger."),
    };

    /// <summary>The method's place in Swagger's order; methods Swagger does not know go last, in model order.</summary>
    private static int MethodRank(string method) =>
        MethodRanks.TryGetValue(method.ToLowerInvariant(), out var rank) ? rank : int.MaxValue;
}
