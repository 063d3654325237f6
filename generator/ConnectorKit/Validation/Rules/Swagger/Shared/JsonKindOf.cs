using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConnectorKit.Validation.Rules.Swagger.Shared;

/// <summary>Classifies JSON values the way Swagger's types name them.</summary>
internal static class JsonKindOf
{
    /// <summary>The kinds a value satisfies: a whole number is both an integer and a number. Null satisfies none.</summary>
    public static JsonKinds Of(JsonNode? node) => node switch
    {
        JsonObject => JsonKinds.Object,
        JsonArray => JsonKinds.Array,
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => JsonKinds.String,
            JsonValueKind.True or JsonValueKind.False => JsonKinds.Boolean,
            JsonValueKind.Number => IsWhole(value) ? JsonKinds.Number | JsonKinds.Integer : JsonKinds.Number,
            _ => JsonKinds.None,
        },
        _ => JsonKinds.None,
    };

    /// <summary>The kinds a Swagger <c>type</c> accepts, or null for a type this check does not know.</summary>
    public static JsonKinds? ForType(string? type) => type switch
    {
        "string" => JsonKinds.String,
        "number" => JsonKinds.Number,
        "integer" => JsonKinds.Integer,
        "boolean" => JsonKinds.Boolean,
        "array" => JsonKinds.Array,
        "object" => JsonKinds.Object,
        _ => null,
    };

    /// <summary>The Swagger name of the kind of a value, for messages.</summary>
    public static string Name(JsonNode? node)
    {
        var kinds = Of(node);
        return kinds.HasFlag(JsonKinds.Integer) ? "integer" : kinds switch
        {
            JsonKinds.Object => "object",
            JsonKinds.Array => "array",
            JsonKinds.String => "string",
            JsonKinds.Boolean => "boolean",
            JsonKinds.Number => "number",
            _ => "null",
        };
    }

    /// <summary>A readable list of the kinds a field accepts.</summary>
    public static string Name(JsonKinds kinds) => kinds == JsonKinds.Any ? "any" : string.Join(" or ",
        Enum.GetValues<JsonKinds>().Where(k => k is not (JsonKinds.None or JsonKinds.Any) && kinds.HasFlag(k)
            && !(k == JsonKinds.Integer && kinds.HasFlag(JsonKinds.Number))).Select(k => k.ToString().ToLowerInvariant()));

    /// <summary>The numeric value, when the node is a number.</summary>
    public static decimal? Number(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number ? ToDecimal(value) : null;

    private static bool IsWhole(JsonValue value) => ToDecimal(value) is { } number && decimal.Truncate(number) == number;

    /// <summary>Nodes read from a file hold a JsonElement; nodes built in code hold a CLR number. Out of decimal's range is null.</summary>
    private static decimal? ToDecimal(JsonValue value)
    {
        if (value.TryGetValue<JsonElement>(out var element))
        {
            return element.TryGetDecimal(out var fromElement) ? fromElement : null;
        }

        if (value.TryGetValue<decimal>(out var exact))
        {
            return exact;
        }

        if (value.TryGetValue<long>(out var whole))
        {
            return whole;
        }

        if (value.TryGetValue<int>(out var small))
        {
            return small;
        }

        return value.TryGetValue<double>(out var real) && Math.Abs(real) < 7.9e28 ? (decimal)real : null;
    }
}
