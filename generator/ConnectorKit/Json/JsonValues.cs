using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConnectorKit.Json;

/// <summary>Small helpers for reading JSON nodes without casts scattered through callers.</summary>
public static class JsonValues
{
    public static string? StringOrNull(this JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static bool? BooleanOrNull(this JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? value.GetValue<bool>() : null;

    public static JsonObject? ObjectOrNull(this JsonNode? node) => node as JsonObject;

    /// <summary>
    /// The member <paramref name="key"/> when the node is an object, else null. Real files put any JSON anywhere, and
    /// the indexer throws on a node of another kind; reads through this never do.
    /// </summary>
    public static JsonNode? Child(this JsonNode? node, string key) => node is JsonObject obj ? obj[key] : null;

    public static JsonArray? ArrayOrNull(this JsonNode? node) => node as JsonArray;

    /// <summary>Deep equality of JSON values: objects as maps, arrays in order, numbers by value.</summary>
    public static bool DeepEquals(JsonNode? left, JsonNode? right) => JsonNode.DeepEquals(left, right);
}
