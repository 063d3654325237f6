using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Diff;

/// <summary>What the comparers read from a schema or a non-body parameter (both use type, enum, items, properties).</summary>
internal static class SchemaShape
{
    /// <summary>The declared type, or the type its keywords imply; null when the schema does not say.</summary>
    public static string? TypeOf(JsonObject schema) =>
        schema.Child("type").StringOrNull() ?? (schema.ContainsKey("properties") ? "object" : schema.ContainsKey("items") ? "array" : null);

    public static JsonObject? Properties(JsonObject schema) => schema.Child("properties").ObjectOrNull();

    /// <summary>Whether the shape is decided at run time, so its static properties are not the contract.</summary>
    public static bool IsDynamic(JsonObject schema) =>
        schema.ContainsKey("x-ms-dynamic-schema") || schema.ContainsKey("x-ms-dynamic-properties");

    public static bool IsRequiredProperty(JsonObject schema, string name) =>
        (schema.Child("required").ArrayOrNull() ?? []).Any(n => n.StringOrNull() == name);

    /// <summary>Enum values of the old schema the new one no longer lists (none when the new one lists no enum: it widened).</summary>
    public static IReadOnlyList<string> RemovedEnumValues(JsonObject old, JsonObject current)
    {
        if (old.Child("enum") is not JsonArray oldValues || current.Child("enum") is not JsonArray newValues)
        {
            return [];
        }

        return [.. oldValues
            .Where(o => !newValues.Any(n => JsonValues.DeepEquals(o, n)))
            .Select(o => o?.ToJsonString() ?? "null")];
    }
}
