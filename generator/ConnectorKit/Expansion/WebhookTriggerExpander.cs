using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Expansion;

/// <summary>
/// Expands a webhook trigger into the subscribe operation Power Automate calls: a POST whose body carries the
/// callback URL and the filters, answered by 201 with the subscription's Location (which is later DELETEd to
/// unsubscribe), plus the <c>x-ms-notification-content</c> that describes what is posted to the callback.
/// </summary>
internal sealed class WebhookTriggerExpander(OriginRecorder origins, OperationExpander operations, FilterExpander filters)
{
    public const string CreatedStatus = "201";

    public JsonObject Expand(TriggerModel trigger, WebhookModel webhook, string pointer)
    {
        var parameters = operations.ExpandParameters(trigger, pointer, webhook.BodyPosition);
        var bodyIndex = Math.Min(webhook.BodyPosition ?? parameters.Count, parameters.Count);
        var bodyPointer = JsonPointer.Append(JsonPointer.Append(pointer, "parameters"), bodyIndex);
        parameters.Insert(bodyIndex, ExpandBody(trigger, webhook, bodyPointer));

        var responsesPointer = JsonPointer.Append(pointer, "responses");
        var created = new JsonObject();
        if (webhook.Created)
        {
            created[CreatedStatus] = ExpandCreated(webhook, JsonPointer.Append(responsesPointer, CreatedStatus));
        }

        var responses = operations.ExpandResponses(trigger.Responses, pointer, created);

        return operations.Assemble(trigger, pointer, parameters, responses, new TriggerMarks("single", webhook.Hint));
    }

    /// <summary>
    /// The path item's <c>x-ms-notification-content</c>: what the service posts to the callback URL, for a webhook
    /// trigger or a callback-style action; null when the operation has no payload.
    /// </summary>
    public JsonObject? ExpandNotificationContent(OperationModel operation, NotificationTexts texts, string pointer)
    {
        if (operation.Payload is not { } payload)
        {
            return null;
        }

        origins.Record(pointer, payload.Position);
        var content = new JsonObject();
        if (texts.Described)
        {
            content["description"] =
                texts.Description ?? payload.Value.Child("description").StringOrNull() ?? operation.Summary;
        }

        content["schema"] = origins.CopySchema(payload, JsonPointer.Append(pointer, "schema"));
        if (texts.Headers is { } headers)
        {
            content["headers"] = origins.Copy(headers, JsonPointer.Append(pointer, "headers"));
        }

        if (texts.Parameters is { } parameters)
        {
            content["parameters"] = operations.ExpandParameterList(parameters, JsonPointer.Append(pointer, "parameters"));
        }

        return content;
    }

    private JsonObject ExpandBody(TriggerModel trigger, WebhookModel webhook, string pointer)
    {
        origins.Record(pointer, webhook.Position);
        var schemaPointer = JsonPointer.Append(pointer, "schema");
        var labels = webhook.Labels;
        var schema = webhook.BodySchema is { } reference ? ReferencedSchema(reference, schemaPointer) : GeneratedSchema(trigger, webhook, schemaPointer);
        origins.AppendExtensions(schema, labels.BodySchemaKeys, schemaPointer);
        return new JsonObject
        {
            ["name"] = labels.BodyName,
            ["in"] = ParameterExpander.InBody,
        }
            .AddIfPresent("required", labels.BodyRequired)
            .AddIfPresent("schema", schema)
            .AddIfPresent("x-ms-summary", labels.BodySummary)
            .AddIfPresent("description", labels.BodyDescription)
            .AddIfPresent("x-ms-visibility", labels.BodyVisibility);
    }

    /// <summary>The callback property and the filters, the callback and the required filters required.</summary>
    private JsonObject GeneratedSchema(TriggerModel trigger, WebhookModel webhook, string schemaPointer)
    {
        // Each name of the list comes from the webhook (the callback) or from a filter's required: findings about one point there.
        var requiredBy = new List<(string Name, SourcePosition Position)> { (webhook.CallbackProperty, webhook.Position) };
        requiredBy.AddRange(trigger.Filters.Where(f => f.Required).Select(f => (f.Name, f.RequiredPosition)));
        var requiredPointer = JsonPointer.Append(schemaPointer, "required");
        origins.Record(requiredPointer, webhook.Position);
        for (var i = 0; i < requiredBy.Count; i++)
        {
            origins.Record(JsonPointer.Append(requiredPointer, i), requiredBy[i].Position);
        }

        var required = requiredBy.Select(r => r.Name).ToList();
        return new JsonObject
        {
            ["type"] = "object",
            ["required"] = JsonObjectExtensions.Strings(required),
            ["properties"] = filters.ExpandProperties(webhook, trigger.Filters, JsonPointer.Append(schemaPointer, "properties")),
        };
    }

    private JsonObject ReferencedSchema(ModelReference reference, string schemaPointer)
    {
        origins.Record(JsonPointer.Append(schemaPointer, "$ref"), reference.Position);
        return new JsonObject { ["$ref"] = SchemaReferences.DefinitionsPrefix + JsonPointer.Escape(reference.Name) };
    }

    private JsonObject ExpandCreated(WebhookModel webhook, string pointer)
    {
        origins.Record(pointer, webhook.Position);
        var created = new JsonObject().AddIfPresent("description", webhook.Labels.CreatedDescription);
        if (webhook.Subscription is { } subscription)
        {
            created["schema"] = origins.CopySchema(subscription, JsonPointer.Append(pointer, "schema"));
        }

        created["headers"] = new JsonObject
        {
            ["Location"] = new JsonObject
            {
                ["type"] = "string",
                ["description"] = "The URL of the new subscription; sending DELETE to it ends the subscription.",
            },
        };
        return created;
    }
}
