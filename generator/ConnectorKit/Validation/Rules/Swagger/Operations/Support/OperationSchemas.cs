using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Operations.Support;

/// <summary>
/// Visits the schemas an operation uses: its parameters, the schema tree of its body, its responses and its webhook
/// notification content, following <c>$ref</c>s into <c>#/definitions</c>. Each schema is visited once per walk (a definition used twice
/// is seen where it is first reached), so recursive and heavily shared schemas stay cheap.
/// </summary>
internal static class OperationSchemas
{
    private static readonly string[] Combinators = ["allOf", "anyOf", "oneOf"];

    /// <param name="visited">
    /// Schemas already seen, to share across operations when each schema is wanted once for the whole document;
    /// by default a new set, so each operation sees all of its schemas.
    /// </param>
    public static IEnumerable<SchemaSite> Of(JsonObject root, OperationView operation, HashSet<string>? visited = null)
    {
        visited ??= new HashSet<string>(StringComparer.Ordinal);
        foreach (var parameter in OperationParameters.Effective(root, operation).Where(p => visited.Add(p.DefinitionPointer)))
        {
            yield return new SchemaSite(parameter.Node, parameter.DefinitionPointer, SchemaRole.Input, parameter, []);
            var schemaPointer = JsonPointer.Append(parameter.DefinitionPointer, "schema");
            foreach (var site in Below(root, parameter.Node.Child("schema"), schemaPointer, SchemaRole.Input, parameter, [], visited))
            {
                yield return site;
            }
        }

        foreach (var (code, response) in operation.Responses)
        {
            var responsePointer = JsonPointer.Append(JsonPointer.Append(operation.Pointer, "responses"), code);
            if (response is JsonObject responseNode && LocalReferences.Resolve(root, responseNode, responsePointer) is { } resolved)
            {
                foreach (var site in Below(root, resolved.Node.Child("schema"), JsonPointer.Append(resolved.Pointer, "schema"), SchemaRole.Output, null, [], visited))
                {
                    yield return site;
                }
            }
        }

        var notification = operation.Node.Child("x-ms-notification-content").Child("schema");
        var notificationPointer = JsonPointer.Append(JsonPointer.Append(operation.Pointer, "x-ms-notification-content"), "schema");
        foreach (var site in Below(root, notification, notificationPointer, SchemaRole.Output, null, [], visited))
        {
            yield return site;
        }
    }

    private static IEnumerable<SchemaSite> Below(
        JsonObject root, JsonNode? node, string pointer, SchemaRole role, ResolvedParameter? parameter, IReadOnlyList<string> path, HashSet<string> visited)
    {
        if (node is not JsonObject schemaNode || LocalReferences.Resolve(root, schemaNode, pointer) is not { } schema || !visited.Add(schema.Pointer))
        {
            yield break;
        }

        yield return new SchemaSite(schema.Node, schema.Pointer, role, parameter, path);
        var children = new List<(JsonNode? Node, string Pointer, IReadOnlyList<string> Path)>();
        if (schema.Node.Child("properties") is JsonObject properties)
        {
            children.AddRange(properties.Select(p => (p.Value, JsonPointer.Append(JsonPointer.Append(schema.Pointer, "properties"), p.Key), (IReadOnlyList<string>)[.. path, p.Key])));
        }

        children.Add((schema.Node.Child("items"), JsonPointer.Append(schema.Pointer, "items"), path));
        children.Add((schema.Node.Child("additionalProperties"), JsonPointer.Append(schema.Pointer, "additionalProperties"), path));
        foreach (var combinator in Combinators)
        {
            if (schema.Node[combinator] is JsonArray members)
            {
                var membersPointer = JsonPointer.Append(schema.Pointer, combinator);
                children.AddRange(members.Select((m, i) => (m, JsonPointer.Append(membersPointer, i), path)));
            }
        }

        foreach (var (child, childPointer, childPath) in children)
        {
            foreach (var site in Below(root, child, childPointer, role, parameter, childPath, visited))
            {
                yield return site;
            }
        }
    }
}
