using System.Text.Json.Nodes;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Loading;

namespace ConnectorKit.Import;

/// <summary>A recognised webhook trigger: its YAML and the keys of its path item it stands for.</summary>
internal sealed record ImportedWebhook(JsonObject Yaml, IReadOnlyList<string> PathKeys);

/// <summary>
/// Recognises a webhook trigger: a POST marked <c>x-ms-trigger</c> whose one body parameter is an object, inline or a
/// reference to a definition, with a property marked <c>x-ms-notification-url</c>. The other properties of an inline
/// body become filters, the path item's notification content the payload, and the DELETE operation of the connector
/// that best matches the path the unsubscribe.
/// </summary>
internal sealed class WebhookTriggerImporter(FragmentProbe probe, OperationImporter operations)
{
    /// <param name="definitions">The swagger's definitions when the model has them as its schemas (a body may reference one), else null.</param>
    public ImportedWebhook? Import(string id, string path, string method, JsonObject operation, JsonObject pathItem, string? unsubscribe, JsonObject? definitions)
    {
        if (method != "post" || operation.Child("x-ms-trigger").Text() != "single"
            || operation.Child("parameters") is not JsonArray parameters
            || Body(parameters, definitions) is not { } body)
        {
            return null;
        }

        var listed = new JsonObject(operation.Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
        listed["parameters"] = new JsonArray([.. parameters.Where(p => p != body.Parameter).Select(p => p?.DeepClone())]);
        if (parameters.Count == 1)
        {
            // The body is generated; with nothing else listed the trigger needs no parameters key.
            listed.Remove("parameters");
        }

        var yaml = new JsonObject();
        var taken = new HashSet<string>(StringComparer.Ordinal) { "operationId", "x-ms-trigger", "parameters" };
        operations.TakeCommon(listed, yaml, taken);
        var webhook = WebhookShape.Build(path, unsubscribe, body, operation.Child("responses") as JsonObject, yaml);
        if (webhook is null)
        {
            return null;
        }

        if (operation.Child("x-ms-trigger-hint").Text() is { } hint)
        {
            webhook["hint"] = hint;
            taken.Add("x-ms-trigger-hint");
        }

        yaml["webhook"] = webhook;
        var pathKeys = new List<string>();
        if (pathItem[WebhookShape.NotificationContent] is JsonObject content && WebhookShape.Payload(content, yaml, webhook))
        {
            pathKeys.Add(WebhookShape.NotificationContent);
        }

        yaml.PutIfAny("extensions", YamlShapes.Rest(operation, taken));
        return Reproduces(id, yaml, operation, pathItem, pathKeys) ? new ImportedWebhook(yaml, pathKeys) : null;
    }

    /// <summary>The one body parameter, when its schema (or the definition it references) has a callback property.</summary>
    private static SubscribeBody? Body(JsonArray parameters, JsonObject? definitions)
    {
        var bodies = parameters.Where(p => p is JsonObject parameter && parameter.Child("in").Text() == "body").ToList();
        if (bodies is not [JsonObject body] || body.Child("schema") is not JsonObject bodySchema)
        {
            return null;
        }

        var schemaName = bodySchema is { Count: 1 } && bodySchema.Child("$ref").Text() is { } reference ? DefinitionName(reference) : null;
        var schema = schemaName is null ? bodySchema : definitions.Child(schemaName) as JsonObject;
        if (schema?["properties"] is not JsonObject properties
            || properties.FirstOrDefault(p => p.Value is JsonObject property && property.Child("x-ms-notification-url").BooleanOrNull() == true) is not { Key: { } callbackName, Value: JsonObject callback })
        {
            return null;
        }

        var index = parameters.IndexOf(body);
        return new SubscribeBody(body, index == parameters.Count - 1 ? null : index, schema, schemaName, callbackName, callback);
    }

    /// <summary>The definition a <c>#/definitions/Name</c> reference names, else null.</summary>
    private static string? DefinitionName(string reference) =>
        reference.StartsWith(SchemaReferences.DefinitionsPrefix, StringComparison.Ordinal) && JsonPointer.Split(reference[1..]) is [_, { Length: > 0 } name]
            ? name
            : null;

    private bool Reproduces(string id, JsonObject yaml, JsonObject operation, JsonObject pathItem, List<string> pathKeys)
    {
        if (FragmentProbe.Read(context => TriggerReader.Read(SourceNodeConverter.Entry(id, yaml), context)) is not { Webhook: { } webhook } trigger)
        {
            return false;
        }

        var content = probe.Webhooks.ExpandNotificationContent(trigger, webhook.Notification, string.Empty);
        return JsonComparison.AreEqual(operation, probe.Webhooks.Expand(trigger, webhook, string.Empty))
            && (pathKeys.Count == 0 ? content is null : JsonComparison.AreEqual(pathItem[WebhookShape.NotificationContent], content));
    }
}
