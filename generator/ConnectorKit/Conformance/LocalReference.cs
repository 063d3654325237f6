using System.Globalization;
using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Conformance;

/// <summary>A local <c>$ref</c> of a definition ("#/definitions/Event", any pointer into the same document).</summary>
public static class LocalReference
{
    /// <summary>The node <paramref name="reference"/> points at, or null when it is not local or points at nothing.</summary>
    public static JsonNode? Find(JsonObject document, string reference)
    {
        if (!reference.StartsWith('#'))
        {
            return null;
        }

        JsonNode? node = document;
        foreach (var token in JsonPointer.Split(Uri.UnescapeDataString(reference[1..])))
        {
            node = node switch
            {
                JsonObject obj => obj.Child(token),
                JsonArray array when int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < array.Count => array[index],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }
}
