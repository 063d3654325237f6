using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ConnectorKit.Expansion;
using ConnectorKit.Import.Conversion;
using ConnectorKit.Json;
using Microsoft.OpenApi;
using JsonPointer = ConnectorKit.Json.JsonPointer;

namespace ConnectorKit.Import.OpenApi3;

/// <summary>
/// Makes a webhook trigger of an operation with a callback, the way Power Automate subscribes: the input the
/// callback expression names (<c>{$request.body#/callbackUrl}</c>, <c>{$request.query.url}</c>, a header) receives
/// the flow's callback URL (<c>x-ms-notification-url</c>, internal and required), the operation is marked
/// <c>x-ms-trigger: single</c>, the callback's request body becomes the notification's schema
/// (<c>x-ms-notification-content</c> on the path item) and the 201 response declares the <c>Location</c> header the
/// platform unsubscribes with. A connector's trigger has one notification: further callbacks are findings.
/// </summary>
internal sealed partial class CallbackConverter(ConversionContext context, SchemaConverter schemas)
{
    /// <summary>The name of the trigger an operation with callbacks becomes when it has no id of its own: its first callback's.</summary>
    public static string? TriggerName(OpenApiOperation operation) =>
        operation.Callbacks is { Count: > 0 } callbacks ? OperationNames.PascalCase(callbacks.Keys.First()) : null;

    /// <summary>Whether the operation became a webhook trigger.</summary>
    public bool Apply(OpenApiOperation operation, string pointer, JsonObject swaggerOperation, JsonObject swaggerPathItem, ConvertedParts parts)
    {
        if (operation.Callbacks is not { Count: > 0 } callbacks)
        {
            return false;
        }

        var callbacksPointer = JsonPointer.Append(pointer, "callbacks");
        var (name, callback) = callbacks.First();
        foreach (var other in callbacks.Keys.Skip(1))
        {
            context.NotExpressible(JsonPointer.Append(callbacksPointer, other), $"A connector's trigger has one notification; the callback '{other}' is left out (the trigger is made of '{name}').");
        }

        var callbackPointer = JsonPointer.Append(callbacksPointer, name);
        if (callback.PathItems is not { Count: > 0 } items)
        {
            return false;
        }

        var (expression, item) = items.First();
        foreach (var other in items.Keys.Skip(1))
        {
            context.NotExpressible(JsonPointer.Append(callbackPointer, other.Expression), $"A connector's trigger has one notification URL; the callback URL '{other.Expression}' is left out.");
        }

        var itemPointer = JsonPointer.Append(callbackPointer, expression.Expression);
        if (!MarkCallbackInput(expression.Expression, swaggerOperation, parts, itemPointer))
        {
            return false;
        }

        swaggerOperation["x-ms-trigger"] = "single";
        WriteNotification(item, itemPointer, swaggerPathItem);
        DeclareLocation(swaggerOperation, pointer);
        return true;
    }

    /// <summary>Marks the input the callback expression names; false (after a finding) when there is none to mark.</summary>
    private bool MarkCallbackInput(string expression, JsonObject swaggerOperation, ConvertedParts parts, string pointer)
    {
        var match = RequestInput().Match(expression);
        if (!match.Success)
        {
            context.NotExpressible(pointer,
                $"The callback URL '{expression}' is not taken from the request, so the platform cannot give the flow's URL to the service; the callback is left out and the operation stays an action.");
            return false;
        }

        var parameters = swaggerOperation["parameters"] as JsonArray ?? [];
        if (!match.Groups["body"].Success)
        {
            context.DocumentationLeftOut(pointer,
                "The callback URL goes in a request parameter, not the body: the swagger's operation is a webhook trigger, but the model's 'triggers:' takes a callback property of the body, so the model keeps it under 'actions:' with its trigger keys under 'extensions'.");
        }

        var marked = match.Groups["body"].Success
            ? MarkBodyProperty(parameters, parts, JsonPointer.Split(match.Groups["body"].Value))
            : MarkParameter(parameters, parts, match.Groups["query"].Success ? "query" : "header", match.Groups[match.Groups["query"].Success ? "query" : "header"].Value);
        if (!marked)
        {
            context.NotExpressible(pointer, $"The request has no input '{expression}' names; the callback is left out and the operation stays an action.");
        }

        return marked;
    }

    private static bool MarkParameter(JsonArray parameters, ConvertedParts parts, string location, string name)
    {
        for (var i = 0; i < parameters.Count; i++)
        {
            // A reusable parameter is written in the operation itself, since only this operation's copy is the callback's.
            var reusable = RefName(parameters[i]) is { } reference ? parts.Parameters[reference] as JsonObject : null;
            var parameter = reusable is null ? (JsonObject)parameters[i]! : (JsonObject)reusable.DeepClone();
            if (parameter.Child("in").StringOrNull() == location && string.Equals(parameter.Child("name").StringOrNull(), name, StringComparison.OrdinalIgnoreCase))
            {
                if (reusable is not null)
                {
                    parameters[i] = parameter;
                }

                parameter["required"] = true;
                MarkNotificationUrl(parameter);
                return true;
            }
        }

        return false;
    }

    private static bool MarkBodyProperty(JsonArray parameters, ConvertedParts parts, IReadOnlyList<string> path)
    {
        var body = parameters.OfType<JsonObject>().FirstOrDefault(p => p.Child("in").StringOrNull() == "body");
        if (body?.Child("schema") is not JsonObject schema || path.Count == 0)
        {
            return false;
        }

        // When the body's schema is a definition, the callback property is marked there.
        var current = RefName(schema) is { } name ? parts.Definitions[name] as JsonObject : schema;
        if (current is null)
        {
            return false;
        }

        for (var i = 0; i < path.Count; i++)
        {
            if (current.Child("properties").Child(path[i]) is not JsonObject property)
            {
                return false;
            }

            if (current["required"] is not JsonArray required)
            {
                current["required"] = required = [];
            }

            if (!required.Any(r => r.StringOrNull() == path[i]))
            {
                required.Add(path[i]);
            }
            if (i == path.Count - 1)
            {
                MarkNotificationUrl(property);
                return true;
            }

            current = property;
        }

        return false;
    }

    private static void MarkNotificationUrl(JsonObject input)
    {
        input["x-ms-notification-url"] = true;
        input["x-ms-visibility"] = "internal";
    }

    private static string? RefName(JsonNode? node) => node.Child("$ref").StringOrNull() is { } reference ? JsonPointer.Unescape(reference[(reference.LastIndexOf('/') + 1)..]) : null;

    private void WriteNotification(IOpenApiPathItem item, string itemPointer, JsonObject swaggerPathItem)
    {
        var operations = item.Operations ?? [];
        if (operations.Count == 0)
        {
            return;
        }

        var (method, notification) = operations.FirstOrDefault(o => o.Key == HttpMethod.Post) is { Value: not null } post ? post : operations.First();
        var methodName = method.Method.ToLowerInvariant();
        foreach (var other in operations.Keys.Where(k => k != method))
        {
            context.NotExpressible(JsonPointer.Append(itemPointer, other.Method.ToLowerInvariant()), $"A connector's trigger receives one kind of notification; the {other.Method} callback is left out.");
        }

        var notificationPointer = JsonPointer.Append(itemPointer, methodName);
        var content = new JsonObject();
        content.AddIfPresent("description", notification.Description ?? notification.Summary ?? notification.RequestBody?.Description ?? "The notification the service sends.");
        if (notification.RequestBody is { } body && MediaTypes.Choose(body.Content) is { Value.Schema: { } schema } chosen)
        {
            content["schema"] = schemas.Convert(schema, JsonPointer.Append(JsonPointer.Append(JsonPointer.Append(JsonPointer.Append(notificationPointer, "requestBody"), "content"), chosen.Key), "schema"));
        }

        if (notification.Responses is { Count: > 0 })
        {
            context.DocumentationLeftOut(JsonPointer.Append(notificationPointer, "responses"), "The platform answers the service's notifications itself; the callback's responses are left out.");
        }

        swaggerPathItem["x-ms-notification-content"] = content;
    }

    /// <summary>The platform unsubscribes by sending DELETE to the Location of the subscription's 201 response.</summary>
    private void DeclareLocation(JsonObject swaggerOperation, string pointer)
    {
        var responsesPointer = JsonPointer.Append(pointer, "responses");
        if (swaggerOperation.Child("responses").Child("201") is not JsonObject created || created.ContainsKey("$ref"))
        {
            context.NotExpressible(responsesPointer,
                "Power Automate expects a webhook subscription to answer 201 with a Location header, where it sends DELETE to unsubscribe; the operation has no such response. Make sure the service answers so.");
            return;
        }

        if (created["headers"] is not JsonObject headers)
        {
            created["headers"] = headers = [];
        }

        if (!headers.Any(h => string.Equals(h.Key, "Location", StringComparison.OrdinalIgnoreCase)))
        {
            headers["Location"] = new JsonObject { ["type"] = "string", ["description"] = "The subscription's URL, where the platform sends DELETE to unsubscribe." };
            context.Derived(JsonPointer.Append(responsesPointer, "201"),
                "Power Automate unsubscribes by sending DELETE to the Location header of the subscription's 201 response; the import declares that header. Make sure the service sends it.");
        }
    }

    [GeneratedRegex(@"\{\$request\.(?:body#(?<body>/[^}]*)|query\.(?<query>[^}]+)|header\.(?<header>[^}]+))\}", RegexOptions.CultureInvariant)]
    private static partial Regex RequestInput();
}
