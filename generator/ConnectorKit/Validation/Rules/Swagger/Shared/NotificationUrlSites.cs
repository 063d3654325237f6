using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Shared;

/// <summary>One step from a body parameter down to a schema: the schema (after <c>$ref</c>), and the property name it sits under.</summary>
internal readonly record struct SchemaStep(JsonObject Node, string? PropertyName);

/// <summary>
/// A schema marked <c>x-ms-notification-url: true</c> inside a body parameter, with the parameter and the chain of
/// schemas from the body's root down to it (references followed), so rules can check every parent.
/// </summary>
internal sealed record NotificationUrlSite(ResolvedParameter Parameter, IReadOnlyList<SchemaStep> Chain, string Pointer)
{
    public JsonObject Node => Chain[^1].Node;

    /// <summary>The marked schema (the object that holds the marker).</summary>
    public string SchemaPointer => JsonPointer.Parent(Pointer)!;
}

internal static class NotificationUrlSites
{
    /// <summary>Each marked schema once (a definition shared by several operations is reported where it is written).</summary>
    public static IEnumerable<NotificationUrlSite> All(SwaggerDocument document)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in document.Operations)
        {
            foreach (var parameter in OperationParameters.Effective(document.Node, operation).Where(p => p.IsIn("body")))
            {
                var schemaPointer = JsonPointer.Append(parameter.DefinitionPointer, "schema");
                foreach (var site in Below(document.Node, parameter, parameter.Schema, schemaPointer, null, [], []))
                {
                    if (seen.Add(site.Pointer))
                    {
                        yield return site;
                    }
                }
            }
        }
    }

    private static IEnumerable<NotificationUrlSite> Below(
        JsonObject root, ResolvedParameter parameter, JsonObject? node, string pointer, string? propertyName, IReadOnlyList<SchemaStep> chain, HashSet<string> expanding)
    {
        if (node is null || LocalReferences.Resolve(root, node, pointer) is not { } schema || !expanding.Add(schema.Pointer))
        {
            yield break;
        }

        // A key written beside the $ref (visibility, most often) still tells the author's intent for this position.
        var step = new SchemaStep(node.ContainsKey("$ref") ? Merge(node, schema.Node) : schema.Node, propertyName);
        IReadOnlyList<SchemaStep> path = [.. chain, step];
        if (schema.Node.Child("x-ms-notification-url").BooleanOrNull() == true || node.Child("x-ms-notification-url").BooleanOrNull() == true)
        {
            yield return new NotificationUrlSite(parameter, path, JsonPointer.Append(schema.Pointer, "x-ms-notification-url"));
        }

        foreach (var (name, property) in schema.Node.Child("properties").ObjectOrNull() ?? [])
        {
            var childPointer = JsonPointer.Append(JsonPointer.Append(schema.Pointer, "properties"), name);
            foreach (var site in Below(root, parameter, property as JsonObject, childPointer, name, path, expanding))
            {
                yield return site;
            }
        }

        foreach (var site in Below(root, parameter, schema.Node.Child("items") as JsonObject, JsonPointer.Append(schema.Pointer, "items"), null, path, expanding))
        {
            yield return site;
        }

        expanding.Remove(schema.Pointer);
    }

    private static JsonObject Merge(JsonObject written, JsonObject target)
    {
        var merged = new JsonObject();
        foreach (var (key, value) in target.Concat(written.Where(p => !target.ContainsKey(p.Key))))
        {
            merged[key] = value?.DeepClone();
        }

        return merged;
    }
}
