using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Loading;

namespace ConnectorKit.Import;

/// <summary>
/// Turns a YAML-shaped JSON fragment into the loader's nodes, typed exactly as <see cref="YamlTextWriter"/> writes it
/// (strings quoted, other scalars plain), so a fragment can be read by the model's own readers without YAML text.
/// </summary>
internal static class SourceNodeConverter
{
    public static SourceNode ToSourceNode(JsonNode? node) => node switch
    {
        JsonObject obj => new MappingNode([.. obj.Select(p => new MappingEntry(Text(p.Key), ToSourceNode(p.Value)))], SourcePosition.None),
        JsonArray array => new SequenceNode([.. array.Select(ToSourceNode)], SourcePosition.None),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => Text(value.GetValue<string>()),
        _ => new ScalarNode(node?.ToJsonString() ?? "null", IsPlain: true, SourcePosition.None),
    };

    public static MappingEntry Entry(string key, JsonNode? value) => new(Text(key), ToSourceNode(value));

    private static ScalarNode Text(string text) => new(text, IsPlain: false, SourcePosition.None);
}
