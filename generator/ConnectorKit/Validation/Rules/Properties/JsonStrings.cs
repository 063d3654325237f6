using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Properties;

/// <summary>Every string value (not key) of a JSON tree, with its pointer, in document order.</summary>
internal static class JsonStrings
{
    public static IEnumerable<(string Value, string Pointer)> Under(JsonNode? node, string pointer)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    foreach (var item in Under(child, JsonPointer.Append(pointer, key)))
                    {
                        yield return item;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var item in Under(array[i], JsonPointer.Append(pointer, i)))
                    {
                        yield return item;
                    }
                }

                break;
            case JsonValue value when value.StringOrNull() is { } text:
                yield return (text, pointer);
                break;
        }
    }
}
