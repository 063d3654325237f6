using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Operations.Support;

/// <summary>
/// Finds every dynamic extension the operations use, on parameters and anywhere in their body and response schemas.
/// A shared definition is reported once, with the first operation that reaches it as the caller.
/// </summary>
internal static class DynamicInvocations
{
    private static readonly string[] Extensions = [DynamicInvocation.Values, DynamicInvocation.List, DynamicInvocation.Schema, DynamicInvocation.Properties];
    private static readonly string[] TreeSteps = ["open", "browse"];

    public static IReadOnlyList<DynamicInvocation> In(JsonObject root)
    {
        var found = new List<DynamicInvocation>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in new SwaggerDocument(root).Operations)
        {
            foreach (var site in OperationSchemas.Of(root, operation, visited))
            {
                found.AddRange(On(site).Select(e => new DynamicInvocation(e.Extension, e.Node, e.Pointer, site, operation)));
            }
        }

        return found;
    }

    private static IEnumerable<(string Extension, JsonObject Node, string Pointer)> On(SchemaSite site)
    {
        foreach (var extension in Extensions)
        {
            if (site.Node[extension] is JsonObject node)
            {
                yield return (extension, node, JsonPointer.Append(site.Pointer, extension));
            }
        }

        if (site.Node[DynamicInvocation.Tree] is JsonObject tree)
        {
            var treePointer = JsonPointer.Append(site.Pointer, DynamicInvocation.Tree);
            foreach (var step in TreeSteps)
            {
                if (tree[step] is JsonObject node)
                {
                    yield return (DynamicInvocation.Tree + "/" + step, node, JsonPointer.Append(treePointer, step));
                }
            }
        }
    }
}
