using System.Text.Json.Nodes;

namespace ConnectorKit.Expansion;

/// <summary>Adds optional fields so expanders state their field order once, without an if per field.</summary>
internal static class JsonObjectExtensions
{
    public static JsonObject AddIfPresent(this JsonObject target, string key, string? value)
    {
        if (value is not null)
        {
            target[key] = value;
        }

        return target;
    }

    public static JsonObject AddIfPresent(this JsonObject target, string key, JsonNode? value)
    {
        if (value is not null)
        {
            target[key] = value;
        }

        return target;
    }

    public static JsonObject AddIfPresent(this JsonObject target, string key, bool? value) =>
        target.AddIfPresent(key, value is { } flag ? JsonValue.Create(flag) : null);

    public static JsonObject AddIfPresent(this JsonObject target, string key, int? value) =>
        target.AddIfPresent(key, value is { } number ? JsonValue.Create(number) : null);

    /// <summary>Adds a list of strings when given, even an empty one (the model says it is there).</summary>
    public static JsonObject AddIfPresent(this JsonObject target, string key, IReadOnlyList<string>? values) =>
        target.AddIfPresent(key, values is null ? null : Strings(values));

    /// <summary>Adds a list of strings unless it is empty.</summary>
    public static JsonObject AddIfAny(this JsonObject target, string key, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            target[key] = Strings(values);
        }

        return target;
    }

    /// <summary>Adds an object unless it has no keys.</summary>
    public static JsonObject AddIfAny(this JsonObject target, string key, JsonObject value)
    {
        if (value.Count > 0)
        {
            target[key] = value;
        }

        return target;
    }

    public static JsonArray Strings(IEnumerable<string> values) => [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
}
