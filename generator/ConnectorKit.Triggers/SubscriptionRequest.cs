using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorKit.Conformance;
using ConnectorKit.Json;

namespace ConnectorKit.Triggers;

/// <summary>
/// The subscribe request Power Automate would send for a webhook trigger: the path, query and header parameters
/// (<see cref="OperationTarget"/>) and the body filled from name=value pairs (a dotted name reaches a nested body property), the defaults of the
/// parameters left out, and the callback URL placed in the property marked x-ms-notification-url.
/// </summary>
public sealed record SubscriptionRequest(HttpMethod Method, Uri Url, IReadOnlyList<KeyValuePair<string, string>> Headers, JsonNode? Body)
{
    // An error lists at most this many of the names a trigger takes.
    private const int MaxListedNames = 60;

    public HttpRequestMessage ToHttpRequest()
    {
        var message = new HttpRequestMessage(Method, Url);
        string? contentType = null;
        foreach (var (name, value) in Headers)
        {
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = value;
            }
            else
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }
        }

        if (Body is not null)
        {
            message.Content = new StringContent(Body.ToJsonString(), Encoding.UTF8);
            message.Content.Headers.ContentType = MediaTypeHeaderValue.TryParse(contentType ?? "application/json", out var parsed)
                ? parsed
                : new MediaTypeHeaderValue("application/json");
        }

        return message;
    }

    /// <summary>Builds the request, or lists every reason it cannot be built (unknown names, values of the wrong type, missing ones).</summary>
    public static (SubscriptionRequest? Request, IReadOnlyList<string> Problems) Build(
        WebhookTrigger trigger,
        Uri endpoint,
        IReadOnlyList<KeyValuePair<string, string>> parameters,
        IReadOnlyList<KeyValuePair<string, string>> headers,
        string callbackUrl)
    {
        var problems = new List<string>();
        var given = OperationTarget.Given(parameters, problems);
        var (pathAndQuery, requestHeaders) = OperationTarget.Fill(trigger.Swagger, trigger.Operation, given, headers, problems);
        var body = BuildBody(trigger, given, callbackUrl, problems);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var url = new Uri(endpoint.AbsoluteUri.TrimEnd('/') + pathAndQuery);
        return (new SubscriptionRequest(new HttpMethod(trigger.Operation.Method.ToUpperInvariant()), url, requestHeaders, body), problems);
    }

    private static JsonNode? BuildBody(WebhookTrigger trigger, Dictionary<string, string> given, string callbackUrl, List<string> problems)
    {
        if (trigger.BodySchema is not { } schema)
        {
            problems.AddRange(given.Keys.Select(name => $"The trigger has no body and no parameter '{name}'."));
            return null;
        }

        if (trigger.CallbackPath.Count == 0)
        {
            // The whole body is the callback URL.
            problems.AddRange(given.Keys.Select(name => $"The trigger's body is only the callback URL; it has no parameter '{name}'."));
            return JsonValue.Create(callbackUrl);
        }

        var body = new JsonObject();
        foreach (var (name, text) in given)
        {
            var propertyPath = name.Split('.');
            if (SchemaWalk.Property(trigger.Swagger, schema, propertyPath) is not { } propertySchema)
            {
                var known = SchemaWalk.PropertyPaths(trigger.Swagger, schema).Where(p => p != string.Join('.', trigger.CallbackPath)).Take(MaxListedNames);
                problems.Add($"The trigger has no parameter or body property '{name}'. It takes: {string.Join(", ", known.Concat(OperationTarget.NonBodyParameters(trigger.Swagger, trigger.Operation).Select(p => p.Child("name").StringOrNull()!)))}.");
                continue;
            }

            if (Convert(text, propertySchema) is { } value)
            {
                Set(body, propertyPath, value);
            }
            else
            {
                problems.Add($"'{text}' is not a valid {propertySchema.Child("type").StringOrNull()} for the body property '{name}'.");
            }
        }

        ApplyDefaults(trigger, schema, body, 0);
        Set(body, trigger.CallbackPath, JsonValue.Create(callbackUrl));
        var findings = new SchemaConformance(trigger.Swagger.Node).Check(body, schema);
        problems.AddRange(findings.Select(f => $"The subscribe body would not match its schema at {(f.Pointer.Length == 0 ? "(root)" : f.Pointer)}: {f.Message}"
            + (f.Message.Contains("required property", StringComparison.Ordinal) ? $" Add --param {JsonPointer.Split(f.Pointer).Aggregate((a, b) => a + "." + b)}=VALUE." : string.Empty)));
        return body;
    }

    /// <summary>Fills the defaults of required or internal properties that were not given, as the designer does.</summary>
    private static void ApplyDefaults(WebhookTrigger trigger, JsonObject schema, JsonObject body, int depth)
    {
        var resolved = SchemaWalk.Resolve(trigger.Swagger, schema);
        var required = resolved.Child("required").ArrayOrNull()?.Select(r => r.StringOrNull()).ToHashSet() ?? [];
        foreach (var (name, propertyNode) in resolved.Child("properties").ObjectOrNull() ?? [])
        {
            var property = SchemaWalk.Resolve(trigger.Swagger, propertyNode);
            if (property is null || depth > 16)
            {
                continue;
            }

            if (body[name] is JsonObject nested)
            {
                ApplyDefaults(trigger, property, nested, depth + 1);
            }
            else if (body[name] is null && property.Child("default") is { } fallback
                && (required.Contains(name) || property.Child("x-ms-visibility").StringOrNull() == "internal"))
            {
                body[name] = fallback.DeepClone();
            }
        }
    }

    private static JsonNode? Convert(string text, JsonObject schema)
    {
        switch (schema.Child("type").StringOrNull())
        {
            case "integer":
                return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) ? JsonValue.Create(integer) : null;
            case "number":
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) ? JsonValue.Create(number) : null;
            case "boolean":
                return bool.TryParse(text, out var flag) ? JsonValue.Create(flag) : null;
            case "array" or "object":
                try
                {
                    return JsonNode.Parse(text);
                }
                catch (JsonException)
                {
                    return schema.Child("type").StringOrNull() == "array"
                        ? new JsonArray([.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(item => (JsonNode)item)])
                        : null;
                }

            default:
                return JsonValue.Create(text);
        }
    }

    private static void Set(JsonObject body, IReadOnlyList<string> path, JsonNode value)
    {
        var current = body;
        for (var index = 0; index < path.Count - 1; index++)
        {
            if (current[path[index]] is not JsonObject next)
            {
                next = new JsonObject();
                current[path[index]] = next;
            }

            current = next;
        }

        if (path.Count > 0)
        {
            current[path[^1]] = value;
        }
    }
}
