using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Operations.Support;

/// <summary>A JSON object of the definition together with the pointer it lives at.</summary>
internal readonly record struct NodeAt(JsonObject Node, string Pointer);

/// <summary>
/// Follows local <c>$ref</c>s (<c>#/definitions/...</c>, <c>#/parameters/...</c>, <c>#/responses/...</c>). Missing,
/// remote and looping references resolve to null: other rules report those, these helpers only need to see through them.
/// </summary>
internal static class LocalReferences
{
    private const int MaxChain = 32;

    /// <summary>The object a node stands for after following its <c>$ref</c> chain, or null when the chain breaks.</summary>
    public static NodeAt? Resolve(JsonObject root, JsonObject node, string pointer)
    {
        var current = new NodeAt(node, pointer);
        for (var hop = 0; hop < MaxChain; hop++)
        {
            if (current.Node.Child("$ref").StringOrNull() is not { } reference)
            {
                return current;
            }

            if (Lookup(root, reference) is not { } target)
            {
                return null;
            }

            current = target;
        }

        return null;
    }

    /// <summary>The object a local reference such as <c>#/definitions/Item</c> points at, or null.</summary>
    public static NodeAt? Lookup(JsonObject root, string reference)
    {
        if (!reference.StartsWith('#'))
        {
            return null;
        }

        var pointer = Uri.UnescapeDataString(reference[1..]);
        JsonNode? node = root;
        foreach (var token in JsonPointer.Split(pointer))
        {
            node = node switch
            {
                JsonObject obj => obj[token],
                JsonArray array when int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < array.Count => array[index],
                _ => null,
            };
        }

        return node is JsonObject target ? new NodeAt(target, pointer) : null;
    }
}
