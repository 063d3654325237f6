using System.Text.Json.Nodes;
using ConnectorKit.Expansion;
using ConnectorKit.Import.Conversion;
using ConnectorKit.Json;

namespace ConnectorKit.Import.Postman;

/// <summary>One request of the collection, where it is, and the folder it is in (its tag).</summary>
internal sealed record PostmanRequest(JsonObject Item, string Pointer, string? Folder, PostmanUrl Url, string Method);

/// <summary>
/// Turns one Postman request into a Swagger 2.0 operation: path variables (<c>:id</c>) become path parameters, query
/// entries and headers parameters whose default is the value the collection sends, the body a body parameter (a JSON
/// body's schema read off it, the body itself its example) or form fields, and the saved responses responses with
/// the schema read off their body. Content-Type and Accept say what the operation consumes and produces.
/// </summary>
internal sealed class PostmanRequestConverter(ConversionContext context, PostmanValues values, OperationNames names)
{
    public JsonObject Convert(PostmanRequest site)
    {
        var request = site.Item["request"];
        var pointer = JsonPointer.Append(site.Pointer, "request");
        var name = site.Item["name"].StringOrNull() ?? site.Method.ToUpperInvariant() + " " + site.Url.Path;
        var id = names.Claim(OperationNames.PascalCase(name) ?? OperationNames.FromRoute(site.Method, site.Url.Path));
        var operation = new JsonObject();
        if (site.Folder is not null)
        {
            operation["tags"] = new JsonArray(JsonValue.Create(site.Folder));
        }

        var summary = OperationNames.Fix(name, OperationNames.SummaryOf(id)) is { } fixedSummary ? fixedSummary.Summary : name;
        if (summary != name)
        {
            context.Derived(JsonPointer.Append(site.Pointer, "name"), $"The request's name is its summary, written '{summary}': {OperationNames.Fix(name, OperationNames.SummaryOf(id))!.Value.Reason}.");
        }

        operation["summary"] = summary;
        operation.AddIfPresent("description", PostmanValues.Text(request.Child("description")) ?? PostmanValues.Text(site.Item["description"]));
        operation["operationId"] = id;
        var parameters = new JsonArray();
        var consumes = new List<string>();
        var produces = new List<string>();
        AddPathParameters(site, parameters);
        AddQueryParameters(site, parameters, JsonPointer.Append(JsonPointer.Append(pointer, "url"), "query"));
        AddHeaders(request.Child("header"), JsonPointer.Append(pointer, "header"), parameters, consumes, produces);
        AddBody(request.Child("body"), JsonPointer.Append(pointer, "body"), site.Method, parameters, consumes);
        var responses = Responses(site, produces);
        operation.AddIfAny("consumes", [.. consumes.Distinct(StringComparer.OrdinalIgnoreCase)]);
        operation.AddIfAny("produces", [.. produces.Distinct(StringComparer.OrdinalIgnoreCase)]);
        if (parameters.Count > 0)
        {
            operation["parameters"] = parameters;
        }

        operation["responses"] = responses;
        ReportScripts(site.Item, site.Pointer);
        return operation;
    }

    /// <summary>Postman runs scripts before a request and after its response; a connector runs none of them.</summary>
    public void ReportScripts(JsonNode? owner, string pointer)
    {
        var scripts = (owner.Child("event").ArrayOrNull() ?? []).Where(e => e.Child("script").Child("exec") is JsonArray { Count: > 0 } or JsonValue).ToList();
        if (scripts.Count > 0)
        {
            context.NotExpressible(JsonPointer.Append(pointer, "event"),
                $"A connector runs no Postman scripts ({string.Join(", ", scripts.Select(e => e.Child("listen").StringOrNull() ?? "script"))}); they are left out. Custom code (script.csx) can do what they do.");
        }
    }

    private static void AddPathParameters(PostmanRequest site, JsonArray parameters)
    {
        foreach (var name in site.Url.PathParameters.Distinct(StringComparer.Ordinal))
        {
            parameters.Add(new JsonObject { ["name"] = name, ["in"] = "path", ["required"] = true, ["type"] = "string", ["x-ms-url-encoding"] = "single" }
                .AddIfPresent("description", site.Url.VariableDescriptions.GetValueOrDefault(name)));
        }
    }

    private void AddQueryParameters(PostmanRequest site, JsonArray parameters, string pointer)
    {
        foreach (var entry in site.Url.Query.DistinctBy(q => q.Key, StringComparer.Ordinal).Where(q => q.Key.Length > 0))
        {
            var parameter = new JsonObject { ["name"] = entry.Key, ["in"] = "query", ["type"] = "string" }.AddIfPresent("description", entry.Description);
            AddDefault(parameter, entry.Disabled ? null : entry.Value, JsonPointer.Append(pointer, entry.Index));
            parameters.Add(parameter);
        }
    }

    private void AddHeaders(JsonNode? headers, string pointer, JsonArray parameters, List<string> consumes, List<string> produces)
    {
        var list = headers as JsonArray ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var key = list[i].Child("key").StringOrNull();
            var value = PostmanValues.Scalar(list[i].Child("value")) is { } text ? values.Resolve(text) : null;
            if (key is null || list[i].Child("disabled").BooleanOrNull() == true)
            {
                continue;
            }

            if (string.Equals(key, "Content-Type", StringComparison.OrdinalIgnoreCase) || string.Equals(key, "Accept", StringComparison.OrdinalIgnoreCase))
            {
                (key.Length == "Accept".Length ? produces : consumes).AddRange(value is { } types && !PostmanValues.HasVariable(types) ? types.Split(',', StringSplitOptions.TrimEntries) : []);
            }
            else if (string.Equals(key, "Authorization", StringComparison.OrdinalIgnoreCase))
            {
                context.NotExpressible(JsonPointer.Append(pointer, i), "The request sends its own Authorization header; a connector authenticates through its connection, so the header is left out (give the collection an auth).");
            }
            else
            {
                var parameter = new JsonObject { ["name"] = key, ["in"] = "header", ["type"] = "string" }.AddIfPresent("description", PostmanValues.Text(list[i].Child("description")));
                AddDefault(parameter, value, JsonPointer.Append(pointer, i));
                parameters.Add(parameter);
            }
        }
    }

    /// <summary>The value the collection sends becomes the default; a value that is a variable the collection does not define cannot.</summary>
    private void AddDefault(JsonObject parameter, string? value, string pointer)
    {
        if (value is not { Length: > 0 })
        {
            return;
        }

        if (PostmanValues.HasVariable(value))
        {
            context.Derived(pointer, $"The value '{value}' names a variable the collection does not define (an environment's, perhaps); '{parameter["name"]}' gets no default.");
            return;
        }

        parameter["default"] = value;
    }

    private void AddBody(JsonNode? body, string pointer, string method, JsonArray parameters, List<string> consumes)
    {
        var mode = body.Child("mode").StringOrNull();
        if (mode is null || body.Child("disabled").BooleanOrNull() == true)
        {
            return;
        }

        if (method is "get" or "head")
        {
            context.NotExpressible(pointer, $"A connector's {method.ToUpperInvariant()} operation takes no body; the request's body is left out.");
            return;
        }

        switch (mode)
        {
            case "raw":
                var text = body.Child("raw").StringOrNull();
                var json = ExampleSchemas.ParseJson(text is null ? null : values.Resolve(text));
                var language = body.Child("options").Child("raw").Child("language").StringOrNull();
                if (json is not null || language == "json")
                {
                    var schema = ExampleSchemas.Of(json);
                    if (json is not null)
                    {
                        schema["example"] = json.DeepClone();
                    }

                    parameters.Add(Body(schema));
                    AddIfNone(consumes, "application/json");
                }
                else
                {
                    parameters.Add(Body(new JsonObject { ["type"] = "string" }));
                    AddIfNone(consumes, language is "xml" ? "application/xml" : language is "html" ? "text/html" : "text/plain");
                }

                break;
            case "urlencoded" or "formdata":
                AddFormFields(body.Child(mode) as JsonArray ?? [], JsonPointer.Append(pointer, mode), parameters, mode == "formdata");
                consumes.Clear();
                consumes.Add(mode == "formdata" ? "multipart/form-data" : "application/x-www-form-urlencoded");
                break;
            case "file":
                parameters.Add(Body(new JsonObject { ["type"] = "string", ["format"] = "binary" }));
                AddIfNone(consumes, "application/octet-stream");
                break;
            case "graphql":
                parameters.Add(Body(new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject { ["query"] = new JsonObject { ["type"] = "string" }, ["variables"] = new JsonObject { ["type"] = "object" } },
                }));
                consumes.Clear();
                consumes.Add("application/json");
                context.Derived(pointer, "A GraphQL body is sent as JSON with 'query' and 'variables'; the collection's query is not kept as a default.");
                break;
            default:
                context.NotExpressible(pointer, $"A connector has no body of mode '{mode}'; it is left out.");
                break;
        }
    }

    private static JsonObject Body(JsonObject schema) => new() { ["name"] = "body", ["in"] = "body", ["required"] = true, ["schema"] = schema };

    private static void AddIfNone(List<string> consumes, string mediaType)
    {
        if (consumes.Count == 0)
        {
            consumes.Add(mediaType);
        }
    }

    private void AddFormFields(JsonArray fields, string pointer, JsonArray parameters, bool multipart)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Child("key").StringOrNull() is not { Length: > 0 } key || !seen.Add(key))
            {
                continue;
            }

            var isFile = multipart && fields[i].Child("type").StringOrNull() == "file";
            var field = new JsonObject { ["name"] = key, ["in"] = "formData", ["type"] = isFile ? "file" : "string" }
                .AddIfPresent("description", PostmanValues.Text(fields[i].Child("description")));
            if (!isFile && fields[i].Child("disabled").BooleanOrNull() != true)
            {
                AddDefault(field, PostmanValues.Scalar(fields[i].Child("value")) is { } value ? values.Resolve(value) : null, JsonPointer.Append(pointer, i));
            }

            parameters.Add(field);
        }
    }

    /// <summary>The saved responses (one per status code: the first); without any, a 200 without schema, said so.</summary>
    private JsonObject Responses(PostmanRequest site, List<string> produces)
    {
        var responses = new JsonObject();
        var saved = site.Item["response"] as JsonArray ?? [];
        for (var i = 0; i < saved.Count; i++)
        {
            var pointer = JsonPointer.Append(JsonPointer.Append(site.Pointer, "response"), i);
            var code = saved[i].Child("code") is JsonValue value && value.TryGetValue<int>(out var number) ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : "200";
            if (responses.ContainsKey(code))
            {
                context.DocumentationLeftOut(pointer, $"Swagger 2.0 has one response per status code; this saved {code} response is left out (the first is kept).");
                continue;
            }

            var response = new JsonObject { ["description"] = saved[i].Child("status").StringOrNull() ?? saved[i].Child("name").StringOrNull() ?? "Response" };
            var mediaType = MediaType(saved[i]);
            if (ExampleSchemas.ParseJson(saved[i].Child("body").StringOrNull()) is { } body)
            {
                mediaType ??= "application/json";
                response["schema"] = ExampleSchemas.Of(body);
                response["examples"] = new JsonObject { [mediaType] = body };
            }

            if (mediaType is not null)
            {
                produces.Add(mediaType);
            }

            responses[code] = response;
        }

        if (responses.Count == 0)
        {
            responses["200"] = new JsonObject { ["description"] = "OK" };
            context.Derived(site.Pointer, "The request has no saved response, so its output has no schema; add one to the model (or save an example response in Postman) for flows to use the output.");
        }

        return responses;
    }

    private static string? MediaType(JsonNode? response) =>
        (response.Child("header").ArrayOrNull() ?? []).FirstOrDefault(h => string.Equals(h.Child("key").StringOrNull(), "Content-Type", StringComparison.OrdinalIgnoreCase))
            .Child("value").StringOrNull()?.Split(';')[0].Trim();
}
