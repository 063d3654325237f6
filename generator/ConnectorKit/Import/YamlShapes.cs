using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorKit.Expansion;

namespace ConnectorKit.Import;

/// <summary>Small helpers for building the YAML-shaped JSON trees the importer writes.</summary>
internal static class YamlShapes
{
    /// <summary>Sets a copy of <paramref name="value"/> unless it is absent.</summary>
    public static JsonObject Put(this JsonObject target, string key, JsonNode? value)
    {
        if (value is not null)
        {
            target[key] = value.DeepClone();
        }

        return target;
    }

    /// <summary>Sets the object unless it has no keys.</summary>
    public static JsonObject PutIfAny(this JsonObject target, string key, JsonObject value)
    {
        if (value.Count > 0)
        {
            target[key] = value;
        }

        return target;
    }

    public static string? Text(this JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>The strings of an array that holds only strings, else null.</summary>
    public static IReadOnlyList<string>? TextList(this JsonNode? node) =>
        node is JsonArray array && array.All(item => item.Text() is not null) ? [.. array.Select(item => item.Text()!)] : null;

    public static JsonArray Strings(IEnumerable<string> values) => JsonObjectExtensions.Strings(values);

    /// <summary>The keys of <paramref name="source"/> not in <paramref name="taken"/>, copied in order: the escape hatch.</summary>
    public static JsonObject Rest(JsonObject source, ICollection<string> taken)
    {
        var rest = new JsonObject();
        foreach (var (key, value) in source)
        {
            if (!taken.Contains(key))
            {
                rest[key] = value?.DeepClone();
            }
        }

        return rest;
    }
}
