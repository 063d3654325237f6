using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ConnectorKit.Json;

namespace ConnectorKit.Conformance;

/// <summary>
/// Does a JSON value conform to a Swagger 2.0 schema of a connector definition? Follows local <c>$ref</c>s
/// (<c>#/definitions/...</c> and any other pointer into the document), checks type, required and additional
/// properties, enum, formats, bounds and array items, and ignores the <c>x-ms-*</c> extensions: a dynamic schema
/// (<c>x-ms-dynamic-schema</c>) only fixes the type. Every finding names the JSON pointer of the offending value.
/// </summary>
public sealed class SchemaConformance
{
    // Deeper than this, the value or the schema is hostile (or a reference cycle that consumes no data).
    private const int MaxDepth = 128;
    private const int MaxReferenceHops = 32;

    // More schema checks than this for one value means schemas that multiply (allOf of references to themselves).
    private const int MaxChecks = 200_000;
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);

    private readonly JsonObject _document;

    public SchemaConformance(JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _document = document;
    }

    /// <summary>The findings of checking <paramref name="value"/> against <paramref name="schema"/>; empty when it conforms.</summary>
    public IReadOnlyList<ConformanceFinding> Check(JsonNode? value, JsonNode? schema)
    {
        var findings = new List<ConformanceFinding>();
        var budget = new CheckBudget();
        CheckValue(value, schema, JsonPointer.Root, 0, findings, budget);
        return findings;
    }

    private void CheckValue(JsonNode? value, JsonNode? schemaNode, string pointer, int depth, List<ConformanceFinding> findings, CheckBudget budget)
    {
        if (depth > MaxDepth)
        {
            findings.Add(new ConformanceFinding(pointer, $"The value is nested deeper than {MaxDepth} levels; it was not checked further."));
            return;
        }

        if (++budget.Checks > MaxChecks)
        {
            if (!budget.Reported)
            {
                budget.Reported = true;
                findings.Add(new ConformanceFinding(pointer, $"The schema needs more than {MaxChecks} checks for this value (allOf that refers back to itself?); the rest was not checked."));
            }

            return;
        }

        if (Resolve(schemaNode, pointer, findings) is not { } schema)
        {
            return;
        }

        foreach (var part in schema.Child("allOf").ArrayOrNull() ?? [])
        {
            CheckValue(value, part, pointer, depth + 1, findings, budget);
        }

        var type = schema.Child("type").StringOrNull();
        if (value is null)
        {
            if (type is not null && schema.Child("x-nullable").BooleanOrNull() != true)
            {
                findings.Add(new ConformanceFinding(pointer, $"The value is null; the schema expects {Article(type)}."));
            }

            return;
        }

        if (type is not null && !HasType(value, type))
        {
            findings.Add(new ConformanceFinding(pointer, $"The value is {Describe(value)}; the schema expects {Article(type)}."));
            return;
        }

        CheckEnum(value, schema, pointer, findings);
        switch (value)
        {
            case JsonObject obj:
                CheckObject(obj, schema, pointer, depth, findings, budget);
                break;
            case JsonArray array:
                CheckArray(array, schema, pointer, depth, findings, budget);
                break;
            case JsonValue scalar when scalar.GetValueKind() == JsonValueKind.String:
                CheckString(scalar.GetValue<string>(), schema, pointer, findings);
                break;
            case JsonValue scalar when scalar.GetValueKind() == JsonValueKind.Number:
                CheckNumber(scalar, schema, pointer, findings);
                break;
        }
    }

    /// <summary>The schema object a node stands for after its references, or null when there is nothing to check.</summary>
    private JsonObject? Resolve(JsonNode? schemaNode, string pointer, List<ConformanceFinding> findings)
    {
        var current = schemaNode as JsonObject;
        for (var hop = 0; current is not null && hop < MaxReferenceHops; hop++)
        {
            if (current.Child("$ref").StringOrNull() is not { } reference)
            {
                return current;
            }

            if (LocalReference.Find(_document, reference) is not JsonObject target)
            {
                findings.Add(new ConformanceFinding(pointer, $"The schema reference '{reference}' does not resolve in the definition."));
                return null;
            }

            current = target;
        }

        if (current is not null)
        {
            findings.Add(new ConformanceFinding(pointer, $"The schema references form a chain longer than {MaxReferenceHops}; the value was not checked."));
        }

        return null;
    }

    private void CheckObject(JsonObject value, JsonObject schema, string pointer, int depth, List<ConformanceFinding> findings, CheckBudget budget)
    {
        var properties = schema.Child("properties").ObjectOrNull();
        foreach (var required in schema.Child("required").ArrayOrNull() ?? [])
        {
            if (required.StringOrNull() is { } name && !value.ContainsKey(name))
            {
                findings.Add(new ConformanceFinding(JsonPointer.Append(pointer, name), $"The required property '{name}' is missing."));
            }
        }

        var additional = schema.Child("additionalProperties");
        foreach (var (name, member) in value)
        {
            var memberPointer = JsonPointer.Append(pointer, name);
            if (properties?.Child(name) is { } propertySchema)
            {
                CheckValue(member, propertySchema, memberPointer, depth + 1, findings, budget);
            }
            else if (additional.BooleanOrNull() == false)
            {
                findings.Add(new ConformanceFinding(memberPointer, $"The property '{name}' is not in the schema, which allows no other properties."));
            }
            else if (additional is JsonObject additionalSchema)
            {
                CheckValue(member, additionalSchema, memberPointer, depth + 1, findings, budget);
            }
        }
    }

    private void CheckArray(JsonArray value, JsonObject schema, string pointer, int depth, List<ConformanceFinding> findings, CheckBudget budget)
    {
        CheckCount(value.Count, schema, "minItems", "maxItems", "item", pointer, findings);
        if (schema.Child("items") is not { } items)
        {
            return;
        }

        for (var index = 0; index < value.Count; index++)
        {
            CheckValue(value[index], items, JsonPointer.Append(pointer, index), depth + 1, findings, budget);
        }
    }

    private static void CheckString(string value, JsonObject schema, string pointer, List<ConformanceFinding> findings)
    {
        CheckCount(value.Length, schema, "minLength", "maxLength", "character", pointer, findings);
        if (schema.Child("format").StringOrNull() is { } format && !StringFormats.Matches(format, value))
        {
            findings.Add(new ConformanceFinding(pointer, $"'{Shorten(value)}' is not a valid {format}."));
        }

        if (schema.Child("pattern").StringOrNull() is { } pattern)
        {
            try
            {
                if (!Regex.IsMatch(value, pattern, RegexOptions.CultureInvariant, PatternTimeout))
                {
                    findings.Add(new ConformanceFinding(pointer, $"'{Shorten(value)}' does not match the pattern '{pattern}'."));
                }
            }
            catch (Exception exception) when (exception is ArgumentException or RegexMatchTimeoutException)
            {
                findings.Add(new ConformanceFinding(pointer, $"The schema's pattern '{pattern}' could not be applied: {exception.Message}"));
            }
        }
    }

    private static void CheckNumber(JsonValue value, JsonObject schema, string pointer, List<ConformanceFinding> findings)
    {
        var number = Number(value);
        if (schema.Child("format").StringOrNull() is "int32" && (number < int.MinValue || number > int.MaxValue))
        {
            findings.Add(new ConformanceFinding(pointer, $"{Raw(value)} is outside the range of an int32."));
        }

        if (schema.Child("minimum") is JsonValue minimum && minimum.GetValueKind() == JsonValueKind.Number)
        {
            var bound = Number(minimum);
            var exclusive = schema.Child("exclusiveMinimum").BooleanOrNull() == true;
            if (exclusive ? number <= bound : number < bound)
            {
                findings.Add(new ConformanceFinding(pointer, $"{Raw(value)} is below the minimum {Raw(minimum)}{(exclusive ? " (exclusive)" : string.Empty)}."));
            }
        }

        if (schema.Child("maximum") is JsonValue maximum && maximum.GetValueKind() == JsonValueKind.Number)
        {
            var bound = Number(maximum);
            var exclusive = schema.Child("exclusiveMaximum").BooleanOrNull() == true;
            if (exclusive ? number >= bound : number > bound)
            {
                findings.Add(new ConformanceFinding(pointer, $"{Raw(value)} is above the maximum {Raw(maximum)}{(exclusive ? " (exclusive)" : string.Empty)}."));
            }
        }
    }

    private static void CheckEnum(JsonNode value, JsonObject schema, string pointer, List<ConformanceFinding> findings)
    {
        if (schema.Child("enum").ArrayOrNull() is not { Count: > 0 } allowed || allowed.Any(option => JsonNode.DeepEquals(option, value)))
        {
            return;
        }

        var listed = string.Join(", ", allowed.Select(option => option?.ToJsonString() ?? "null"));
        findings.Add(new ConformanceFinding(pointer, $"{Shorten(value.ToJsonString())} is not one of the allowed values: {listed}."));
    }

    private static void CheckCount(int count, JsonObject schema, string minimumKey, string maximumKey, string unit, string pointer, List<ConformanceFinding> findings)
    {
        if (schema.Child(minimumKey) is JsonValue minimum && minimum.TryGetValue<int>(out var least) && count < least)
        {
            findings.Add(new ConformanceFinding(pointer, $"It has {count} {unit}(s); the schema asks for at least {least}."));
        }

        if (schema.Child(maximumKey) is JsonValue maximum && maximum.TryGetValue<int>(out var most) && count > most)
        {
            findings.Add(new ConformanceFinding(pointer, $"It has {count} {unit}(s); the schema allows at most {most}."));
        }
    }

    private static bool HasType(JsonNode value, string type) => type switch
    {
        "object" => value is JsonObject,
        "array" => value is JsonArray,
        "string" => value is JsonValue s && s.GetValueKind() == JsonValueKind.String,
        "boolean" => value is JsonValue b && b.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        "number" => value is JsonValue n && n.GetValueKind() == JsonValueKind.Number,
        "integer" => value is JsonValue i && i.GetValueKind() == JsonValueKind.Number && IsIntegral(i),
        // "file" and unknown types say nothing a JSON value can break.
        _ => true,
    };

    private static bool IsIntegral(JsonValue value)
    {
        var number = Number(value);
        return Math.Floor(number) == number && !double.IsInfinity(number);
    }

    /// <summary>A JSON number as a double, whether the node was parsed or built from any CLR number type.</summary>
    private static double Number(JsonValue value) =>
        double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Describe(JsonNode value) => value switch
    {
        JsonObject => "an object",
        JsonArray => "an array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => IsIntegral(v) ? "an integer" : "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "a " + v.GetValueKind().ToString().ToLowerInvariant(),
        },
        _ => "a value",
    };

    private static string Article(string type) => type is "object" or "array" or "integer" ? "an " + type : "a " + type;

    private static string Raw(JsonValue value) => value.ToJsonString();

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    private sealed class CheckBudget
    {
        public int Checks { get; set; }

        public bool Reported { get; set; }
    }
}
