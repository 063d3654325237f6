using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.ClientGeneration.Schemas;

/// <summary>One property of an object schema: its JSON name, schema and whether the schema requires it.</summary>
internal sealed record ObjectProperty(string JsonName, JsonNode? Schema, bool Required);

/// <summary>The properties of an object schema, its own and those of every <c>allOf</c> part, first occurrence winning.</summary>
internal static class ObjectProperties
{
    private const int MaxDepth = 16;

    public static IReadOnlyList<ObjectProperty> Collect(JsonObject schema, SwaggerReferences references)
    {
        var properties = new List<ObjectProperty>();
        var required = new HashSet<string>(StringComparer.Ordinal);
        Gather(schema, references, properties, required, depth: 0);
        return [.. properties.Select(p => p with { Required = required.Contains(p.JsonName) })];
    }

    private static void Gather(JsonObject schema, SwaggerReferences references, List<ObjectProperty> properties, HashSet<string> required, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        foreach (var name in (schema.Child("required").ArrayOrNull() ?? []).Select(n => n.StringOrNull()).OfType<string>())
        {
            required.Add(name);
        }

        foreach (var (name, property) in schema.Child("properties").ObjectOrNull() ?? [])
        {
            if (!properties.Any(p => p.JsonName == name))
            {
                properties.Add(new ObjectProperty(name, property, Required: false));
            }
        }

        foreach (var part in schema.Child("allOf").ArrayOrNull() ?? [])
        {
            if (references.Resolve(part, "definitions") is { } resolved)
            {
                Gather(resolved, references, properties, required, depth + 1);
            }
        }
    }
}
