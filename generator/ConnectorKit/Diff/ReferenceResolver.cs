using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Diff;

/// <summary>
/// Follows local <c>$ref</c>s (<c>#/parameters/...</c>, <c>#/definitions/...</c>, <c>#/responses/...</c>) of one
/// swagger document, so two versions compare by content whether or not they share a definition.
/// </summary>
internal sealed class ReferenceResolver(JsonObject root)
{
    // A chain longer than this is a cycle of references that point at each other.
    private const int MaxHops = 32;

    /// <summary>The object the node stands for, or the node itself when it is no reference or its target is missing.</summary>
    public NodeAt? Resolve(JsonNode? node, string pointer)
    {
        if (node is not JsonObject current)
        {
            return null;
        }

        for (var hop = 0; hop < MaxHops; hop++)
        {
            if (current.Child("$ref").StringOrNull() is not { } reference || !reference.StartsWith("#/", StringComparison.Ordinal))
            {
                return new NodeAt(current, pointer);
            }

            var targetPointer = reference[1..];
            if (Find(targetPointer) is not JsonObject target)
            {
                return new NodeAt(current, pointer);
            }

            current = target;
            pointer = targetPointer;
        }

        return new NodeAt(current, pointer);
    }

    private JsonNode? Find(string pointer)
    {
        JsonNode? node = root;
        foreach (var token in JsonPointer.Split(pointer))
        {
            node = node is JsonObject obj && obj.TryGetPropertyValue(token, out var child) ? child : null;
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }
}
