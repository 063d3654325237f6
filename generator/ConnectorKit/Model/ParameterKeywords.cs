using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConnectorKit.Model;

/// <summary>What a keyword's value must be.</summary>
public enum KeywordValue
{
    /// <summary>A JSON number.</summary>
    Number,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A whole number, zero or more (lengths and item counts).</summary>
    Count,

    /// <summary>A string.</summary>
    Text,

    /// <summary>Any value, written as it is.</summary>
    Any,
}

/// <summary>A model key of a parameter that writes one Swagger key with its value as it is.</summary>
/// <param name="ModelKey">The key in the model (Swagger's own name where Swagger has one: the schemas' words).</param>
/// <param name="SwaggerKey">The key written.</param>
public sealed record ParameterKeyword(string ModelKey, string SwaggerKey, KeywordValue Value)
{
    /// <summary>
    /// Swagger 2.0's validation keywords of a parameter, lower bounds first, then sample values for people and tests;
    /// written in this order after the designer's keys (where hand-written connectors, this repository's own among
    /// them, put them).
    /// </summary>
    public static readonly IReadOnlyList<ParameterKeyword> All =
    [
        new("minimum", "minimum", KeywordValue.Number),
        new("exclusiveMinimum", "exclusiveMinimum", KeywordValue.Boolean),
        new("maximum", "maximum", KeywordValue.Number),
        new("exclusiveMaximum", "exclusiveMaximum", KeywordValue.Boolean),
        new("minLength", "minLength", KeywordValue.Count),
        new("maxLength", "maxLength", KeywordValue.Count),
        new("pattern", "pattern", KeywordValue.Text),
        new("minItems", "minItems", KeywordValue.Count),
        new("maxItems", "maxItems", KeywordValue.Count),
        new("uniqueItems", "uniqueItems", KeywordValue.Boolean),
        new("multipleOf", "multipleOf", KeywordValue.Number),
        new("allowEmptyValue", "allowEmptyValue", KeywordValue.Boolean),
        new("example", "x-example", KeywordValue.Any),
        new("examples", "x-examples", KeywordValue.Any),
        new("testValue", "x-ms-test-value", KeywordValue.Any),
    ];

    /// <summary>Whether <paramref name="value"/> is a value this keyword takes.</summary>
    public bool Accepts(JsonNode? value) => Value switch
    {
        KeywordValue.Number => value is JsonValue number && number.GetValueKind() == JsonValueKind.Number,
        KeywordValue.Boolean => value is JsonValue flag
            && flag.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        KeywordValue.Count => value is JsonValue count && count.GetValueKind() == JsonValueKind.Number
            && count.ToJsonString().All(char.IsAsciiDigit),
        KeywordValue.Text => value is JsonValue text && text.GetValueKind() == JsonValueKind.String,
        _ => value is not null,
    };

    /// <summary>What <see cref="Accepts"/> wants, for messages.</summary>
    public string Expected => Value switch
    {
        KeywordValue.Number => "a number",
        KeywordValue.Boolean => "true or false",
        KeywordValue.Count => "a whole number, zero or more",
        KeywordValue.Text => "a string",
        _ => "a value",
    };
}

/// <summary>A keyword a parameter says, with its value as written (and where).</summary>
public sealed record KeywordValueModel(ParameterKeyword Keyword, RawJson Value);
