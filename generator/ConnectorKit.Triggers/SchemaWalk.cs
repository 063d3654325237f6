using System.Text.Json.Nodes;
using ConnectorKit.Conformance;
using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.Triggers;

/// <summary>Finds properties in a body schema through local references: the callback URL property, and a named one.</summary>
internal static class SchemaWalk
{
    private const int MaxDepth = 32;

    /// <summary>The schema a node stands for after local references (a cycle or a missing target ends at the last object).</summary>
    public static JsonObject? Resolve(SwaggerDocument swagger, JsonNode? schema)
    {
        var current = schema as JsonObject;
        for (var hop = 0; hop < MaxDepth && current.Child("$ref").StringOrNull() is { } reference; hop++)
        {
            if (LocalReference.Find(swagger.Node, reference) is not JsonObject resolved)
            {
                break;
            }

            current = resolved;
        }

        return current;
    }

    /// <summary>The property path to the property marked x-ms-notification-url; empty when the body itself is the URL.</summary>
    public static IReadOnlyList<string>? FindNotificationUrl(SwaggerDocument swagger, JsonObject? schema) =>
        Find(swagger, schema, 0, s => s.Child("x-ms-notification-url").BooleanOrNull() == true, new HashSet<JsonObject>(ReferenceEqualityComparer.Instance));

    /// <summary>The schema of the property at <paramref name="path"/> (property names from the root), or null.</summary>
    public static JsonObject? Property(SwaggerDocument swagger, JsonObject? schema, IReadOnlyList<string> path)
    {
        var current = Resolve(swagger, schema);
        foreach (var name in path)
        {
            current = Resolve(swagger, current.Child("properties").Child(name));
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>
    /// The property paths of the schema (objects' properties, depth-first), for saying what a body takes; each schema
    /// object is entered once, so references back to a schema end there.
    /// </summary>
    public static IEnumerable<string> PropertyPaths(SwaggerDocument swagger, JsonObject? schema) =>
        PropertyPaths(swagger, schema, string.Empty, 0, new HashSet<JsonObject>(ReferenceEqualityComparer.Instance));

    private static IEnumerable<string> PropertyPaths(SwaggerDocument swagger, JsonObject? schema, string prefix, int depth, HashSet<JsonObject> entered)
    {
        var resolved = Resolve(swagger, schema);
        if (depth > MaxDepth || resolved is null || !entered.Add(resolved) || resolved.Child("properties") is not JsonObject properties)
        {
            yield break;
        }

        foreach (var (name, property) in properties)
        {
            var path = prefix.Length == 0 ? name : prefix + "." + name;
            yield return path;
            foreach (var nested in PropertyPaths(swagger, property as JsonObject, path, depth + 1, entered))
            {
                yield return nested;
            }
        }
    }

    private static List<string>? Find(SwaggerDocument swagger, JsonObject? schema, int depth, Func<JsonObject, bool> match, HashSet<JsonObject> entered)
    {
        var resolved = Resolve(swagger, schema);
        if (resolved is null || depth > MaxDepth || !entered.Add(resolved))
        {
            return null;
        }

        if (match(resolved))
        {
            return [];
        }

        foreach (var (name, property) in resolved.Child("properties").ObjectOrNull() ?? [])
        {
            if (Find(swagger, property as JsonObject, depth + 1, match, entered) is { } rest)
            {
                rest.Insert(0, name);
                return rest;
            }
        }

        return null;
    }
}
