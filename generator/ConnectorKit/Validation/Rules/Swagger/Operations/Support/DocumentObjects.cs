using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Operations.Support;

/// <summary>One JSON object of the document, the pointer it lives at, and the key it sits under (null for array items).</summary>
internal readonly record struct ObjectSite(JsonObject Node, string Pointer, string? Key);

/// <summary>
/// Visits every JSON object of a document in file order. Sample data (<c>example</c>, <c>x-example</c>, <c>default</c>,
/// <c>enum</c> values) is skipped: it holds the API's data, not definition keywords.
/// </summary>
internal static class DocumentObjects
{
    private static readonly HashSet<string> DataKeys = new(StringComparer.Ordinal) { "example", "examples", "x-example", "default", "enum", "x-ms-test-value" };

    private static readonly DocumentMemo<IReadOnlyList<ObjectSite>> Memo = new(root => [.. All(root)]);

    /// <summary>The objects of a whole definition, listed once per tree for the rules that each walk them all (see <see cref="DocumentMemo{T}"/>).</summary>
    public static IReadOnlyList<ObjectSite> Of(JsonObject root) => Memo.Of(root);

    public static IEnumerable<ObjectSite> All(JsonNode? root)
    {
        var pending = new Stack<(JsonNode? Node, string Pointer, string? Key)>();
        pending.Push((root, JsonPointer.Root, null));
        while (pending.Count > 0)
        {
            var (node, pointer, key) = pending.Pop();
            if (node is JsonObject obj)
            {
                yield return new ObjectSite(obj, pointer, key);
                foreach (var (childKey, child) in obj.Reverse())
                {
                    if (!IsDataUnder(key, childKey))
                    {
                        pending.Push((child, JsonPointer.Append(pointer, childKey), childKey));
                    }
                }
            }
            else if (node is JsonArray array)
            {
                for (var index = array.Count - 1; index >= 0; index--)
                {
                    pending.Push((array[index], JsonPointer.Append(pointer, index), null));
                }
            }
        }
    }

    /// <summary>Under <c>properties</c> a key is a property name, so a property called <c>default</c> is still walked.</summary>
    private static bool IsDataUnder(string? parentKey, string childKey) =>
        parentKey != "properties" && DataKeys.Contains(childKey);
}
