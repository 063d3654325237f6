using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Documentation;

/// <summary>
/// Describes Swagger 2.0 schemas for a reader: a type in words (a definition as a link to its section), and the
/// properties of an object as rows, nested objects flattened with dotted paths.
/// </summary>
internal sealed class SchemaDescriber(JsonObject? definitions)
{
    private const string DefinitionPrefix = "#/definitions/";
    private const int MaxDepth = 3;

    public string TypeOf(JsonNode? schema)
    {
        if (schema is not JsonObject node)
        {
            return "any";
        }

        if (DefinitionName(node) is { } name)
        {
            return $"[{name}](#{MarkdownText.Anchor(name)})";
        }

        var type = node.Child("type").StringOrNull();
        return type switch
        {
            "array" => $"array of {TypeOf(node.Child("items"))}",
            null when node.Child("properties") is JsonObject => "object",
            null => "any",
            _ => node.Child("format").StringOrNull() is { } format ? $"{type} ({format})" : type,
        };
    }

    /// <summary>The schema itself, or the definition its <c>$ref</c> names.</summary>
    public JsonObject? Resolve(JsonNode? schema) =>
        schema is JsonObject node && DefinitionName(node) is { } name ? definitions.Child(name).ObjectOrNull() : schema as JsonObject;

    /// <summary>The visible properties of an object schema (following one reference), nested inline objects flattened.</summary>
    public IReadOnlyList<ParameterDocViewModel> PropertiesOf(JsonNode? schema)
    {
        var rows = new List<ParameterDocViewModel>();
        AddProperties(Resolve(schema), string.Empty, 0, rows);
        return rows;
    }

    private void AddProperties(JsonObject? schema, string prefix, int depth, List<ParameterDocViewModel> rows)
    {
        if (schema?.Child("properties") is not JsonObject properties || depth >= MaxDepth)
        {
            return;
        }

        var required = (schema.Child("required").ArrayOrNull() ?? []).Select(r => r.StringOrNull()).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, value) in properties)
        {
            if (value is not JsonObject property || IsHidden(property))
            {
                continue;
            }

            var key = prefix + name;
            rows.Add(new ParameterDocViewModel(
                MarkdownText.Cell(property.Child("x-ms-summary").StringOrNull() ?? name),
                MarkdownText.Cell(key),
                required.Contains(name) ? "yes" : "no",
                MarkdownText.Cell(TypeOf(property)),
                MarkdownText.Cell(property.Child("description").StringOrNull())));
            if (DefinitionName(property) is null)
            {
                AddProperties(property, key + ".", depth + 1, rows);
            }
        }
    }

    /// <summary>What a maker never sees: internal values and the callback URL the platform fills in.</summary>
    public static bool IsHidden(JsonObject node) =>
        node.Child("x-ms-visibility").StringOrNull() == "internal" || node.Child("x-ms-notification-url").BooleanOrNull() == true;

    private static string? DefinitionName(JsonObject node) =>
        node.Child("$ref").StringOrNull() is { } reference && reference.StartsWith(DefinitionPrefix, StringComparison.Ordinal)
            ? reference[DefinitionPrefix.Length..]
            : null;
}
