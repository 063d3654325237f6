using System.Text.Json.Nodes;
using ConnectorKit.Expansion;
using ConnectorKit.Json;

namespace ConnectorKit.Import;

/// <summary>
/// Writes schema references the model's short way (<c>$ref: Name</c> for <c>#/definitions/Name</c>) when the
/// generator turns them back into exactly the original text.
/// </summary>
internal static class SchemaShortener
{
    /// <summary>A copy of the schema with short references, or a plain copy when shortening would not come back the same.</summary>
    public static JsonNode? Shorten(JsonNode? schema)
    {
        var shortened = schema?.DeepClone();
        Walk(shortened);
        var requalified = shortened?.DeepClone();
        SchemaReferences.Qualify(requalified);
        return JsonComparison.AreEqual(schema, requalified) ? shortened : schema?.DeepClone();
    }

    /// <summary>Whether the generator writes the schema back unchanged (it has no bare reference it would qualify).</summary>
    public static bool SurvivesExpansion(JsonNode? schema)
    {
        var copy = Shorten(schema)?.DeepClone();
        SchemaReferences.Qualify(copy);
        return JsonComparison.AreEqual(schema, copy);
    }

    private static void Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (key == "$ref" && value.Text() is { } reference && ShortName(reference) is { } name)
                    {
                        obj[key] = name;
                    }
                    else
                    {
                        Walk(value);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(item);
                }

                break;
        }
    }

    private static string? ShortName(string reference)
    {
        if (!reference.StartsWith(SchemaReferences.DefinitionsPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var name = JsonPointer.Unescape(reference[SchemaReferences.DefinitionsPrefix.Length..]);
        return SchemaReferences.IsBareName(name) && SchemaReferences.DefinitionsPrefix + JsonPointer.Escape(name) == reference ? name : null;
    }
}
