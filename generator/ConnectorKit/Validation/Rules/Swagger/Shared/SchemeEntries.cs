using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Shared;

/// <summary>The entries of the root's and the operations' <c>schemes</c> lists, with their pointers.</summary>
internal static class SchemeEntries
{
    public static IEnumerable<(string Scheme, string Pointer)> All(SwaggerDocument document)
    {
        var holders = new List<(System.Text.Json.Nodes.JsonObject Node, string Pointer)> { (document.Node, JsonPointer.Root) };
        holders.AddRange(document.Operations.Select(o => (o.Node, o.Pointer)));
        foreach (var (node, pointer) in holders)
        {
            var schemes = node.Child("schemes").ArrayOrNull() ?? [];
            for (var index = 0; index < schemes.Count; index++)
            {
                if (schemes[index].StringOrNull() is { } scheme)
                {
                    yield return (scheme, JsonPointer.Append(JsonPointer.Append(pointer, "schemes"), index));
                }
            }
        }
    }
}
