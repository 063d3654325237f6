using System.Text.Json.Nodes;

namespace ConnectorKit.Diff;

/// <summary>Reads a member of a node that may not be an object: the indexer throws on arrays and values, and input may hold either.</summary>
internal static class JsonMembers
{
    public static JsonNode? Member(this JsonNode? node, string key) => node is JsonObject obj ? obj[key] : null;
}
