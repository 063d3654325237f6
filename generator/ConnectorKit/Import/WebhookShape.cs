using System.Text.Json.Nodes;
using ConnectorKit.Json;
using ConnectorKit.Loading;
using ConnectorKit.Model;

namespace ConnectorKit.Import;

/// <summary>
/// Reads the parts of an original webhook subscription that the model generates (body, callback property, filters,
/// 201 response, notification content) and writes the model keys that make the generator repeat them, labels included.
/// </summary>
internal static class WebhookShape
{
    /// <summary>The path item's key of the notification content, which the payload keys write.</summary>
    public const string NotificationContent = "x-ms-notification-content";

    private static readonly WebhookLabels Defaults = new();
    private static readonly string[] BodyKeys = ["name", "in", "required", "schema", "x-ms-summary", "description", "x-ms-visibility"];
    private static readonly string[] Visibilities = ["important", "advanced", "internal"];
    private static readonly string[] CallbackModelled = ["type", "description", "x-ms-notification-url", "x-ms-visibility", "x-ms-summary"];

    /// <summary>The <c>webhook:</c> mapping (filters and responses go into <paramref name="trigger"/>), or null when the shape does not fit.</summary>
    public static JsonObject? Build(string path, string? unsubscribe, SubscribeBody body, JsonObject? responses, JsonObject trigger)
    {
        var parameter = body.Parameter;
        if (!parameter.All(p => BodyKeys.Contains(p.Key)) || (parameter.ContainsKey("required") && parameter.Child("required").BooleanOrNull() is null)
            || BodyLabels(parameter) is not { } bodyLabels)
        {
            return null;
        }

        var webhook = new JsonObject { ["path"] = path };
        webhook.Put("unsubscribe", unsubscribe);
        if (body.SchemaName is { } schemaName)
        {
            // The referenced schema holds the callback and the other properties as they are; nothing is generated.
            webhook["bodySchema"] = schemaName;
            webhook.Put("bodyPosition", body.Position);
            webhook.PutIfAny("body", bodyLabels);
        }
        else
        {
            if (body.Schema.Child("type").Text() != "object" || body.Callback.Child("type").Text() != "string"
                || Filters(body.Schema, body.CallbackName) is not { } filters || SchemaExtensions(body.Schema, body.CallbackName, filters) is not { } schemaExtensions)
            {
                return null;
            }

            if (body.CallbackName != "callbackUrl")
            {
                webhook["callbackProperty"] = body.CallbackName;
            }

            webhook.Put("bodyPosition", body.Position);
            webhook.PutIfAny("body", bodyLabels.PutIfAny("schema", SchemaImporter.ImportObject(schemaExtensions))).PutIfAny("callback", CallbackLabels(body.Callback));
            trigger.PutIfAny("filters", filters);
        }

        TakeCreated(responses, trigger, webhook);
        return webhook;
    }

    /// <summary>
    /// Writes the payload when the notification content is a schema with a description, headers and reusable
    /// parameters or not; false when it is not.
    /// </summary>
    public static bool Payload(JsonObject content, JsonObject trigger, JsonObject webhook)
    {
        var parameters = content.ContainsKey("parameters") ? NotificationParameters(content.Child("parameters")) : [];
        if (ContentSchema(content) is not { } schema || parameters is null)
        {
            return false;
        }

        trigger["payload"] = SchemaImporter.Import(schema);
        var description = content.Child("description").Text();
        if (description is null || description != (schema.Child("description").Text() ?? trigger.Child("summary").Text()))
        {
            webhook["notificationDescription"] = description;
        }

        webhook.Put("notificationHeaders", content.Child("headers")?.DeepClone());
        if (content.ContainsKey("parameters"))
        {
            webhook["notificationParameters"] = YamlShapes.Strings(parameters);
        }

        return true;
    }

    /// <summary>
    /// The notification content's schema when the content has one and its other keys are ones the model says (a text
    /// description, headers, parameters); else null.
    /// </summary>
    public static JsonObject? ContentSchema(JsonObject content) =>
        content.All(p => p.Key is "description" or "schema" or "headers" or "parameters")
        && (!content.ContainsKey("description") || content.Child("description").Text() is not null)
        && (!content.ContainsKey("headers") || content.Child("headers") is JsonObject)
            ? content.Child("schema") as JsonObject
            : null;

    /// <summary>The keys of the reusable parameters a content lists, or null when it lists anything else.</summary>
    private static IReadOnlyList<string>? NotificationParameters(JsonNode? parameters)
    {
        var names = (parameters as JsonArray ?? [])
            .Select(p => p is JsonObject parameter ? OperationImporter.ReferenceName(parameter) : null)
            .ToList();
        return parameters is JsonArray && names.All(n => n is not null) ? [.. names.Select(n => n!)] : null;
    }

    private static JsonObject? Filters(JsonObject schema, string callbackName)
    {
        var required = schema.Child("required").TextList() ?? [];
        var filters = new JsonObject();
        foreach (var (name, node) in schema.Child("properties") as JsonObject ?? [])
        {
            if (name == callbackName)
            {
                continue;
            }

            if (node is not JsonObject property || property.Child("type").Text() is not { } type)
            {
                return null;
            }

            var filter = new JsonObject { ["type"] = type };
            var taken = new HashSet<string>(StringComparer.Ordinal) { "type" };
            if (required.Contains(name))
            {
                filter["required"] = true;
            }

            foreach (var (key, yamlKey) in new[] { ("format", "format"), ("x-ms-summary", "summary"), ("description", "description") })
            {
                if (property[key].Text() is { } text)
                {
                    filter[yamlKey] = text;
                    taken.Add(key);
                }
            }

            if (property.Child("x-ms-visibility").Text() is { } visibility && Visibilities.Contains(visibility))
            {
                filter["visibility"] = visibility;
                taken.Add("x-ms-visibility");
            }

            if (property.Child("default") is { } defaultValue)
            {
                filter["default"] = defaultValue.DeepClone();
                taken.Add("default");
            }

            EnumImporter.Take(property, filter, taken);
            PickerImporter.TakePicker(property, filter, taken, asList: true);
            var beside = SchemaImporter.ImportBeside(YamlShapes.Rest(property, taken), TriggerReader.FilterOwnKeys, TriggerReader.FilterRenames);
            foreach (var (key, value) in beside)
            {
                filter[key] = value?.DeepClone();
            }

            filters[name] = filter;
        }

        return filters;
    }

    /// <summary>The body overrides: name and labels; null when a label is not one the model can write.</summary>
    private static JsonObject? BodyLabels(JsonObject body)
    {
        var labels = new JsonObject();
        if (body.Child("name").Text() is { } name && name != Defaults.BodyName)
        {
            labels["name"] = name;
        }

        if (body.Child("required").BooleanOrNull() != Defaults.BodyRequired)
        {
            labels["required"] = body.Child("required")?.DeepClone();
        }

        Label(labels, "summary", body.Child("x-ms-summary"), Defaults.BodySummary);
        Label(labels, "description", body.Child("description"), Defaults.BodyDescription);
        if (body.Child("x-ms-visibility").Text() is { } visibility)
        {
            if (!Visibilities.Contains(visibility))
            {
                return null;
            }

            labels["visibility"] = visibility;
        }

        return labels;
    }

    /// <summary>The body schema's keys the generator would not write as they are (a schema in Swagger's words); null when they cannot be kept.</summary>
    private static JsonObject? SchemaExtensions(JsonObject schema, string callbackName, JsonObject filters)
    {
        var schemaExtensions = YamlShapes.Rest(schema, ["type", "required", "properties"]);
        var generatedRequired = new[] { callbackName }.Concat(filters.Where(f => f.Value.Child("required") is not null).Select(f => f.Key));
        if (!JsonComparison.AreEqual(schema.Child("required"), YamlShapes.Strings(generatedRequired)))
        {
            if (schema.Child("required") is null)
            {
                return null;
            }

            schemaExtensions["required"] = schema.Child("required")!.DeepClone();
        }

        return schemaExtensions;
    }

    private static JsonObject CallbackLabels(JsonObject callback)
    {
        var labels = new JsonObject();
        Label(labels, "summary", callback.Child("x-ms-summary"), Defaults.CallbackSummary);
        Label(labels, "description", callback.Child("description"), Defaults.CallbackDescription);
        Label(labels, "visibility", callback.Child("x-ms-visibility"), Defaults.CallbackVisibility);
        var taken = new HashSet<string>(CallbackModelled, StringComparer.Ordinal);
        if (callback.Child("x-ms-visibility").Text() is { } visibility && !Visibilities.Contains(visibility))
        {
            // Written raw (under extensions) in place of the generated one, which null leaves out.
            labels.Remove("visibility");
            labels["visibility"] = null;
            taken.Remove("x-ms-visibility");
        }

        if (callback.Child("x-ms-notification-url") is JsonValue mark && mark.ToJsonString() != "true")
        {
            taken.Remove("x-ms-notification-url");
        }

        foreach (var (key, value) in SchemaImporter.ImportBeside(YamlShapes.Rest(callback, taken), TriggerReader.CallbackOwnKeys, TriggerReader.NoRenames))
        {
            labels[key] = value?.DeepClone();
        }

        return labels;
    }

    /// <summary>Only a text label that differs from the default is written; a missing one is written as null (left out).</summary>
    private static void Label(JsonObject labels, string key, JsonNode? original, string? defaultText)
    {
        var text = original.Text();
        if (original is not null && text is null)
        {
            labels[key] = null;
            return;
        }

        if (text != defaultText)
        {
            labels[key] = text;
        }
    }

    /// <summary>Drops the 201 when it is the generated one; otherwise says <c>created: null</c> and keeps every response.</summary>
    private static void TakeCreated(JsonObject? responses, JsonObject trigger, JsonObject webhook)
    {
        var generated = new JsonObject
        {
            ["description"] = Defaults.CreatedDescription,
            ["headers"] = new JsonObject
            {
                ["Location"] = new JsonObject
                {
                    ["type"] = "string",
                    ["description"] = "The URL of the new subscription; sending DELETE to it ends the subscription.",
                },
            },
        };
        if (responses.Child("201").Child("schema") is JsonObject subscription)
        {
            generated["schema"] = subscription.DeepClone();
        }

        if (responses is not null && JsonComparison.AreEqual(responses.Child("201"), generated) && trigger.Child("responses") is JsonObject listed)
        {
            if (generated.Child("schema") is { } schema)
            {
                webhook["subscription"] = SchemaImporter.Import(schema);
            }

            listed.Remove("201");
            if (listed.Count == 0)
            {
                trigger.Remove("responses");
            }

            return;
        }

        webhook["created"] = null;
    }
}
