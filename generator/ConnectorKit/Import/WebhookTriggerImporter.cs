using System.Text.Json.Nodes;
using ConnectorKit.Json;
using ConnectorKit.Loading;

namespace ConnectorKit.Import;

/// <summary>A recognised webhook trigger: its YAML and the keys of its path item it stands for.</summary>
internal sealed record ImportedWebhook(JsonObject Yaml, IReadOnlyList<string> PathKeys);

/// <summary>
/// Recognises a webhook trigger: a POST marked <c>x-ms-trigger</c> whose body (the last parameter) is an object with a
/// property marked <c>x-ms-notification-url</c>. The other properties become filters, the path item's notification
/// content the payload, and the DELETE operation of the connector that best matches the path the unsubscribe.
/// </summary>
internal sealed class WebhookTriggerImporter(FragmentProbe probe, OperationImporter operations)
{
    private const string NotificationContent = "x-ms-notification-content";

    public ImportedWebhook? Import(string id, string path, string method, JsonObject operation, JsonObject pathItem, string? unsubscribe)
    {
        if (method != "post" || operation["x-ms-trigger"].Text() != "single"
            || operation["parameters"] is not JsonArray { Count: > 0 } parameters
            || parameters[^1] is not JsonObject body || body["in"].Text() != "body"
            || body["schema"] is not JsonObject schema || schema["properties"] is not JsonObject properties
            || properties.FirstOrDefault(p => p.Value is JsonObject property && property["x-ms-notification-url"].BooleanOrNull() == true) is not { Key: { } callbackName, Value: JsonObject callback })
        {
            return null;
        }

        var listed = new JsonObject(operation.Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
        listed["parameters"] = new JsonArray([.. parameters.Take(parameters.Count - 1).Select(p => p?.DeepClone())]);
        var yaml = new JsonObject();
        var taken = new HashSet<string>(StringComparer.Ordinal) { "operationId", "x-ms-trigger", "parameters" };
        operations.TakeCommon(listed, yaml, taken);
        var webhook = WebhookShape.Build(path, unsubscribe, body, schema, callbackName, callback, operation["responses"] as JsonObject, yaml);
        if (webhook is null)
        {
            return null;
        }

        yaml["webhook"] = webhook;
        var pathKeys = new List<string>();
        if (pathItem[NotificationContent] is JsonObject content && WebhookShape.Payload(content, yaml, webhook))
        {
            pathKeys.Add(NotificationContent);
        }

        yaml.PutIfAny("extensions", YamlShapes.Rest(operation, taken));
        return Reproduces(id, yaml, operation, pathItem, pathKeys) ? new ImportedWebhook(yaml, pathKeys) : null;
    }

    private bool Reproduces(string id, JsonObject yaml, JsonObject operation, JsonObject pathItem, List<string> pathKeys)
    {
        if (FragmentProbe.Read(context => TriggerReader.Read(SourceNodeConverter.Entry(id, yaml), context)) is not { Webhook: { } webhook } trigger)
        {
            return false;
        }

        var content = probe.Webhooks.ExpandNotificationContent(trigger, string.Empty);
        return JsonComparison.AreEqual(operation, probe.Webhooks.Expand(trigger, webhook, string.Empty))
            && (pathKeys.Count == 0 ? content is null : JsonComparison.AreEqual(pathItem[NotificationContent], content));
    }
}
