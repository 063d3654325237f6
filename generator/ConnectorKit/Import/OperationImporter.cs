using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Loading;

namespace ConnectorKit.Import;

/// <summary>
/// Imports the keys every operation has (summary, parameters, responses, annotation, ...) and whole actions. Parameters
/// and responses are imported one by one; an action that still does not come back the same is written with its
/// method and path and everything else under <c>extensions</c>.
/// </summary>
internal sealed partial class OperationImporter(FragmentProbe probe, ParameterImporter parameters, ResponseImporter responses)
{
    private static readonly string[] Visibilities = ["important", "advanced", "internal"];

    /// <summary>The model keys that write a callback-style action's <c>x-ms-notification-content</c>.</summary>
    private static readonly string[] NotificationKeys =
        ["payload", "notificationDescription", "notificationHeaders", "notificationParameters"];

    /// <summary>Operation keys of true or false, written as given, with their model keys.</summary>
    private static readonly (string Key, string YamlKey)[] Flags = [("deprecated", "deprecated"), ("x-ms-no-generic-test", "noGenericTest")];

    /// <param name="notificationContent">The path's <c>x-ms-notification-content</c>, unless taken.</param>
    public JsonObject ImportAction(
        string id, string path, string method, JsonObject operation, JsonObject? notificationContent = null)
    {
        var yaml = new JsonObject { [method] = path };
        var taken = new HashSet<string>(StringComparer.Ordinal) { "operationId" };
        TakeCommon(operation, yaml, taken);
        if (operation.Child("x-ms-trigger").Text() is "single" or "batch")
        {
            // A trigger mark on an operation that imports as neither a webhook nor a polling trigger.
            yaml["trigger"] = operation.Child("x-ms-trigger").Text();
            taken.Add("x-ms-trigger");
        }

        if (yaml.ContainsKey("trigger") && operation.Child("x-ms-trigger-hint").Text() is { } hint)
        {
            yaml["triggerHint"] = hint;
            taken.Add("x-ms-trigger-hint");
        }

        if (operation.Child("x-ms-pageable") is JsonObject { Count: 1 } pageable && pageable.Child("nextLinkName").Text() is { } nextLink)
        {
            yaml["pageable"] = nextLink;
            taken.Add("x-ms-pageable");
        }

        var notified = notificationContent is not null && TakeNotification(notificationContent, yaml);
        yaml.PutIfAny("extensions", YamlShapes.Rest(operation, taken));
        if (notified && !ReproducesNotification(id, yaml, notificationContent))
        {
            // The content stays in the path item's raw keys.
            RemoveNotification(yaml);
        }

        return ReproducesAction(id, yaml, operation) ? yaml : Fallback(path, method, operation);
    }

    /// <summary>Removes the payload keys (of an action, or of a polling trigger's <c>polling:</c>).</summary>
    public static void RemoveNotification(JsonObject yaml)
    {
        foreach (var key in NotificationKeys)
        {
            yaml.Remove(key);
        }
    }

    /// <summary>
    /// The path item's notification content as the action's payload keys; its <c>parameters</c> as
    /// <c>notificationParameters</c>. False when it has keys those cannot say.
    /// </summary>
    private bool TakeNotification(JsonObject content, JsonObject yaml)
    {
        var listed = content.Child("parameters") as JsonArray;
        var parameterList = listed is { Count: > 0 } ? ImportParameters(listed) : null;
        var rest = content;
        if (parameterList is not null)
        {
            rest = (JsonObject)content.DeepClone();
            rest.Remove("parameters");
        }

        if (!WebhookShape.Payload(rest, yaml, yaml))
        {
            return false;
        }

        yaml.Put("notificationParameters", parameterList);
        return true;
    }

    /// <summary>The last resort: method and path, and the whole operation (but its id) written through.</summary>
    public static JsonObject Fallback(string path, string method, JsonObject operation) => new JsonObject
    {
        [method] = path,
        ["summary"] = null,
        ["description"] = null,
    }.PutIfAny("extensions", YamlShapes.Rest(operation, ["operationId"]));

    /// <summary>Writes the keys actions and triggers share into <paramref name="yaml"/>, marking the original keys used.</summary>
    public void TakeCommon(JsonObject operation, JsonObject yaml, HashSet<string> taken)
    {
        // summary and description are required in the model; null says the operation has none.
        foreach (var key in new[] { "summary", "description" })
        {
            yaml[key] = operation[key].Text();
            if (yaml[key] is not null)
            {
                taken.Add(key);
            }
        }
        if (operation.Child("x-ms-summary").Text() is { } label)
        {
            yaml["label"] = label;
            taken.Add("x-ms-summary");
        }

        if (operation.Child("x-ms-visibility").Text() is { } visibility && Visibilities.Contains(visibility))
        {
            yaml["visibility"] = visibility;
            taken.Add("x-ms-visibility");
        }

        foreach (var key in new[] { "tags", "consumes", "produces" })
        {
            if (operation[key].TextList() is { } list)
            {
                yaml[key] = YamlShapes.Strings(list);
                taken.Add(key);
            }
        }

        if (operation.Child("parameters") is JsonArray listed && ImportParameters(listed) is { } parameterList)
        {
            yaml["parameters"] = parameterList;
            taken.Add("parameters");
        }

        if (operation.Child("responses") is JsonObject responseMap && ImportResponses(responseMap) is { } responseYaml)
        {
            yaml["responses"] = responseYaml;
            taken.Add("responses");
        }

        TakeAnnotation(operation, yaml, taken);
        foreach (var (key, yamlKey) in Flags)
        {
            if (operation.Child(key).BooleanOrNull() is { } flag)
            {
                yaml[yamlKey] = flag;
                taken.Add(key);
            }
        }

        if (ConnectorListingImporter.ExternalDocs(operation) is { } docs)
        {
            yaml["externalDocs"] = docs;
            taken.Add("externalDocs");
        }

        if (operation.Child("x-ms-openai-data") is JsonObject openAiData)
        {
            yaml["openAiData"] = openAiData.DeepClone();
            taken.Add("x-ms-openai-data");
        }

        if (Security(operation.Child("security")) is { } security)
        {
            yaml["security"] = security;
            taken.Add("security");
        }
    }

    /// <summary>
    /// An operation's <c>security</c> in the model's form: a name for a requirement of one definition with no scopes,
    /// else the mapping of names to scopes; null when it is not a list of such requirements.
    /// </summary>
    internal static JsonArray? Security(JsonNode? security)
    {
        if (security is not JsonArray requirements
            || !requirements.All(r => r is JsonObject schemes && schemes.All(s => s.Value.TextList() is not null)))
        {
            return null;
        }

        return [.. requirements.Select(r => r is JsonObject { Count: 1 } single && single.First().Value is JsonArray { Count: 0 }
            ? JsonValue.Create(single.First().Key)
            : r!.DeepClone())];
    }

    private bool ReproducesAction(string id, JsonObject yaml, JsonObject original) => FragmentProbe.Reproduces(
        context => OperationReader.ReadAction(SourceNodeConverter.Entry(id, yaml), context),
        model => probe.Operations.ExpandAction(model, string.Empty),
        original);

    /// <summary>Whether the action's payload keys give the path item's notification content back.</summary>
    private bool ReproducesNotification(string id, JsonObject yaml, JsonObject? content) => FragmentProbe.Reproduces(
        context => OperationReader.ReadAction(SourceNodeConverter.Entry(id, yaml), context),
        model => probe.Webhooks.ExpandNotificationContent(model, model.Notification, string.Empty),
        content);

    /// <summary>A parameter list in the model's form (reusable ones by key); null when an entry is no object.</summary>
    public JsonArray? ImportParameters(JsonArray list)
    {
        var imported = new JsonArray();
        foreach (var item in list)
        {
            if (item is not JsonObject parameter)
            {
                return null;
            }

            imported.Add(ReferenceName(parameter) is { } name ? JsonValue.Create(name) : parameters.Import(parameter, key: null));
        }

        return imported;
    }

    private JsonObject? ImportResponses(JsonObject map)
    {
        var imported = new JsonObject();
        foreach (var (code, response) in map)
        {
            if (!StatusCode().IsMatch(code) || responses.Import(code, response, allowReference: true) is not { } yaml)
            {
                return null;
            }

            imported[code] = yaml;
        }

        return imported;
    }

    /// <summary><c>x-ms-api-annotation</c> with only family, an integer revision and status.</summary>
    private static void TakeAnnotation(JsonObject operation, JsonObject yaml, HashSet<string> taken)
    {
        if (operation.Child("x-ms-api-annotation") is not JsonObject { Count: > 0 } annotation
            || !annotation.All(p => p.Key switch
            {
                "family" or "status" => p.Value.Text() is not null,
                "revision" => IsInteger(p.Value),
                _ => false,
            }))
        {
            return;
        }

        yaml.Put("family", annotation.Child("family")).Put("revision", annotation.Child("revision")).Put("status", annotation.Child("status"));
        taken.Add("x-ms-api-annotation");
    }

    private static bool IsInteger(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
        && int.TryParse(value.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
        && number.ToString(CultureInfo.InvariantCulture) == value.ToJsonString();

    /// <summary>The reusable parameter's key of a <c>{ $ref: '#/parameters/Key' }</c>, or null when it is anything else.</summary>
    internal static string? ReferenceName(JsonObject parameter)
    {
        if (parameter.Count != 1 || parameter.Child("$ref").Text() is not { } reference
            || !reference.StartsWith(OperationExpander.ParameterReferencePrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var name = JsonPointer.Unescape(reference[OperationExpander.ParameterReferencePrefix.Length..]);
        return name.Length > 0 && OperationExpander.ParameterReferencePrefix + JsonPointer.Escape(name) == reference ? name : null;
    }

    [GeneratedRegex("^([1-5][0-9][0-9]|default)$", RegexOptions.CultureInvariant)]
    private static partial Regex StatusCode();
}
