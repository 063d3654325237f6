using System.Text.Json.Nodes;
using ConnectorKit.Json;
using ConnectorKit.Loading;
using ConnectorKit.Model;

namespace ConnectorKit.Import;

/// <summary>
/// Connectors that label their properties with <c>title</c> (most of those of independent publishers label outputs so)
/// get <c>connector: propertyLabel: title</c>, and their titled property blocks become one-line properties
/// (<c>TYPE | TITLE | DESCRIPTION</c>). Only when no one-line property of the model says a summary, which would then
/// read as a title: the schemas are imported with summary labels first, and this pass decides afterwards.
/// </summary>
internal static class PropertyLabelImporter
{
    private const string VisibilityKey = "visibility";

    public static void Apply(ImportDraft draft)
    {
        var properties = Schemas(draft).SelectMany(PropertyMaps).ToList();
        if (properties.Any(map => map.Any(p => HasLabel(p.Value.Text()))))
        {
            return;
        }

        var lines = properties
            .SelectMany(map => map.Select(p => (Map: map, p.Key, Line: p.Value is JsonObject block ? TitleLine(p.Key, block) : null)))
            .Where(p => p.Line is not null)
            .ToList();
        if (lines.Count == 0)
        {
            return;
        }

        draft.Connector[PropertyLabel.ConnectorKey] = PropertyLabel.Title.Word;
        foreach (var (map, key, line) in lines)
        {
            map[key] = line;
        }
    }

    /// <summary>Whether a one-line property says a label (its second part).</summary>
    private static bool HasLabel(string? line) => line?.Split('|', 3, StringSplitOptions.TrimEntries).ElementAtOrDefault(1) is { Length: > 0 };

    /// <summary>The one line of a property block (in the model's words) labelled by its title, or null when it has none.</summary>
    private static string? TitleLine(string name, JsonObject block)
    {
        if (!block.ContainsKey(PropertyLabel.Title.Key) || block.ContainsKey("summary") || block.Child("type").Text() is not { } type)
        {
            return null;
        }

        // Back to Swagger's words, which the one-line form is made from.
        var swagger = new JsonObject();
        foreach (var (key, value) in block)
        {
            swagger[key == VisibilityKey ? "x-ms-visibility" : key] = value?.DeepClone();
        }

        if (TypeWords.Expand(type) is var (plainType, format))
        {
            if (block.ContainsKey("format"))
            {
                return null;
            }

            swagger["type"] = plainType;
            swagger["format"] = format;
        }

        return SchemaImporter.OneLine(name, swagger, PropertyLabel.Title.Key);
    }

    /// <summary>Every schema of the draft, in the model's words: definitions, parameter and response schemas, trigger payloads.</summary>
    private static IEnumerable<JsonObject> Schemas(ImportDraft draft)
    {
        var responses = draft.Responses.Concat(draft.SharedResponses).Select(p => p.Value)
            .Concat(draft.Operations.SelectMany(o => (o.Yaml.Child("responses") as JsonObject ?? []).Select(p => p.Value)));
        var parameters = draft.Parameters.Select(p => p.Value)
            .Concat(draft.Operations.SelectMany(o => o.Yaml.Child("parameters") as JsonArray ?? []));
        var triggers = draft.Operations.SelectMany(o => new[] { o.Yaml.Child("payload"), (o.Yaml.Child("webhook") as JsonObject)?.Child("subscription") });
        return draft.Schemas.Select(p => p.Value)
            .Concat(responses.Concat(parameters).Select(owner => (owner as JsonObject)?.Child("schema")))
            .Concat(triggers)
            .OfType<JsonObject>();
    }

    /// <summary>The <c>properties</c> mappings of a schema and of the schemas nested in it (raw extensions left alone).</summary>
    private static IEnumerable<JsonObject> PropertyMaps(JsonObject schema)
    {
        var nested = new List<JsonNode?>();
        if (schema.Child("properties") is JsonObject properties)
        {
            yield return properties;
            nested.AddRange(properties.Select(p => p.Value));
        }

        nested.Add(schema.Child("items"));
        nested.Add(schema.Child("additionalProperties"));
        nested.AddRange(schema.Child("allOf") as JsonArray ?? []);
        foreach (var inner in nested.OfType<JsonObject>().SelectMany(PropertyMaps))
        {
            yield return inner;
        }
    }
}
