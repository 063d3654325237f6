using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConnectorKit.Import.Postman;

/// <summary>
/// A Swagger 2.0 schema read off an example value (a saved request or response body): objects with their properties,
/// arrays with the schema of their first item, integers told from other numbers. What the example cannot show (which
/// properties are required, an item of another shape) stays unsaid.
/// </summary>
internal static class ExampleSchemas
{
    private const int MaxDepth = 32;

    public static JsonObject Of(JsonNode? example) => Of(example, 0);

    private static JsonObject Of(JsonNode? example, int depth)
    {
        if (depth > MaxDepth)
        {
            return [];
        }

        switch (example)
        {
            case JsonObject obj:
                var properties = new JsonObject();
                foreach (var (name, value) in obj)
                {
                    properties[name] = Of(value, depth + 1);
                }

                return new JsonObject { ["type"] = "object", ["properties"] = properties };
            case JsonArray array:
                return new JsonObject { ["type"] = "array", ["items"] = array.Count > 0 ? Of(array[0], depth + 1) : [] };
            case JsonValue value:
                return value.GetValueKind() switch
                {
                    JsonValueKind.String => new JsonObject { ["type"] = "string" },
                    JsonValueKind.True or JsonValueKind.False => new JsonObject { ["type"] = "boolean" },
                    JsonValueKind.Number => new JsonObject { ["type"] = value.ToJsonString().IndexOfAny(['.', 'e', 'E']) >= 0 ? "number" : "integer" },
                    _ => [],
                };
            default:
                return [];
        }
    }

    /// <summary>The JSON a body text holds, or null when it is not JSON (a Postman body is text, often with variables).</summary>
    public static JsonNode? ParseJson(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.TrimStart() is not ['{' or '[', ..])
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
