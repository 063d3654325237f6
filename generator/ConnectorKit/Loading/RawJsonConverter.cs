using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Loading;

/// <summary>
/// Turns YAML subtrees into JSON nodes: plain <c>true</c>/<c>false</c>/<c>null</c> and JSON-shaped numbers are typed,
/// everything else is a string, and mapping order is kept. Numbers keep their text, so <c>1.0</c> stays <c>1.0</c>.
/// </summary>
internal static partial class RawJsonConverter
{
    /// <summary>The subtree as JSON with the position of every nested node, keyed by pointer relative to it.</summary>
    public static RawJson ToRawJson(SourceNode node)
    {
        var positions = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var value = Convert(node, JsonPointer.Root, node.Position, positions);
        return new RawJson(value, positions, node.Position);
    }

    /// <summary>The value of a scalar, typed as described on the class.</summary>
    public static JsonNode? ToJsonValue(ScalarNode scalar)
    {
        if (!scalar.IsPlain)
        {
            return JsonValue.Create(scalar.Text);
        }

        return scalar.Text switch
        {
            _ when scalar.IsNull => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            // Only numbers JSON can write as they are; 007, 0x1F or .5 stay strings rather than change their text.
            _ when JsonNumber().IsMatch(scalar.Text) => JsonNode.Parse(scalar.Text),
            _ => JsonValue.Create(scalar.Text),
        };
    }

    /// <summary>The value of any node as JSON, without positions (defaults, enum values).</summary>
    public static JsonNode? ToJson(SourceNode node) => ToRawJson(node).Value;

    private static JsonNode? Convert(SourceNode node, string pointer, SourcePosition position, Dictionary<string, SourcePosition> positions)
    {
        positions[pointer] = position;
        switch (node)
        {
            case MappingNode mapping:
                var obj = new JsonObject();
                foreach (var entry in mapping.Entries)
                {
                    obj[entry.Key.Text] = Convert(entry.Value, JsonPointer.Append(pointer, entry.Key.Text), entry.Key.Position, positions);
                }

                return obj;
            case SequenceNode sequence:
                var array = new JsonArray();
                for (var index = 0; index < sequence.Items.Count; index++)
                {
                    var item = sequence.Items[index];
                    array.Add(Convert(item, JsonPointer.Append(pointer, index), item.Position, positions));
                }

                return array;
            default:
                return ToJsonValue((ScalarNode)node);
        }
    }

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex JsonNumber();
}
