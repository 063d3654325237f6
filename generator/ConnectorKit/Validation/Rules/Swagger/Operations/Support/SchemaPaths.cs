using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Operations.Support;

/// <summary>What following a path string through a schema gave.</summary>
internal enum PathOutcome
{
    Found,

    /// <summary>The schema lists its properties, and the path names one it does not have.</summary>
    Missing,

    /// <summary>The schema leaves it open (no properties, additional properties, dynamic schema): nothing can be said.</summary>
    Unknown,
}

/// <summary>
/// Follows path strings (<c>value/items</c>, the form dynamic extensions use) through schemas and finds the schema an
/// operation answers with. Only a schema that lists its properties and allows no others can prove a path missing.
/// </summary>
internal static class SchemaPaths
{
    /// <summary>The schema of the operation's successful response: the 200 one, else the first 2xx with a schema.</summary>
    public static NodeAt? SuccessSchema(JsonObject root, OperationView operation)
    {
        var responsesPointer = JsonPointer.Append(operation.Pointer, "responses");
        var candidates = operation.Responses
            .Where(r => r.Key.Length == 3 && r.Key[0] == '2')
            .OrderBy(r => r.Key == "200" ? 0 : 1);
        foreach (var (code, response) in candidates)
        {
            if (response is JsonObject node
                && LocalReferences.Resolve(root, node, JsonPointer.Append(responsesPointer, code)) is { } resolved
                && resolved.Node.Child("schema") is JsonObject schema
                && LocalReferences.Resolve(root, schema, JsonPointer.Append(resolved.Pointer, "schema")) is { } target)
            {
                return target;
            }
        }

        return null;
    }

    public static (PathOutcome Outcome, NodeAt? Schema) Follow(JsonObject root, NodeAt schema, string? path)
    {
        NodeAt current = schema;
        foreach (var segment in (path ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var (outcome, next) = Property(root, current, segment);
            if (outcome != PathOutcome.Found)
            {
                return (outcome, null);
            }

            current = next!.Value;
        }

        return (PathOutcome.Found, current);
    }

    /// <summary>
    /// True or false when the schema shows whether it is an array, null when it does not: an object schema without
    /// properties (<c>{ "type": "object" }</c>) says nothing about the data, and certified connectors list arrays
    /// from operations declared that way.
    /// </summary>
    public static bool? IsArray(NodeAt schema)
    {
        var type = schema.Node.Child("type").StringOrNull();
        if (type == "array" || schema.Node.ContainsKey("items"))
        {
            return true;
        }

        var listsProperties = schema.Node.Child("properties") is JsonObject { Count: > 0 };
        return type is "string" or "integer" or "number" or "boolean" || listsProperties ? false : null;
    }

    /// <summary>The element schema of an array, or null when it has none.</summary>
    public static NodeAt? Items(JsonObject root, NodeAt array) =>
        array.Node.Child("items") is JsonObject items ? LocalReferences.Resolve(root, items, JsonPointer.Append(array.Pointer, "items")) : null;

    private static (PathOutcome, NodeAt?) Property(JsonObject root, NodeAt schema, string name)
    {
        var open = DeclaredProperties.IsOpen(schema.Node);
        var listed = false;
        foreach (var part in Parts(root, schema))
        {
            open |= DeclaredProperties.IsOpen(part.Node);
            if (part.Node.Child("properties") is JsonObject { Count: > 0 } properties)
            {
                listed = true;
                if (Named(properties, name) is { Key: var key, Value: JsonObject property })
                {
                    var pointer = JsonPointer.Append(JsonPointer.Append(part.Pointer, "properties"), key);
                    return LocalReferences.Resolve(root, property, pointer) is { } resolved ? (PathOutcome.Found, resolved) : (PathOutcome.Unknown, null);
                }
            }
        }

        var isPrimitive = schema.Node.Child("type").StringOrNull() is "string" or "integer" or "number" or "boolean";
        return (listed || isPrimitive) && !open ? (PathOutcome.Missing, null) : (PathOutcome.Unknown, null);
    }

    /// <summary>
    /// The property of that name, else one differing only in case: certified connectors read <c>Flows</c> from a
    /// response declaring <c>flows</c>, and the platform finds it.
    /// </summary>
    private static KeyValuePair<string, JsonNode?>? Named(JsonObject properties, string name) =>
        properties.TryGetPropertyValue(name, out var exact) ? new(name, exact)
        : properties.Where(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Select(p => (KeyValuePair<string, JsonNode?>?)p).FirstOrDefault();

    /// <summary>The schema and the members of its <c>allOf</c>, each resolved.</summary>
    private static IEnumerable<NodeAt> Parts(JsonObject root, NodeAt schema)
    {
        yield return schema;
        if (schema.Node.Child("allOf") is JsonArray members)
        {
            var membersPointer = JsonPointer.Append(schema.Pointer, "allOf");
            for (var index = 0; index < members.Count; index++)
            {
                if (members[index] is JsonObject member && LocalReferences.Resolve(root, member, JsonPointer.Append(membersPointer, index)) is { } resolved)
                {
                    yield return resolved;
                }
            }
        }
    }
}
