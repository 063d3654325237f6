using System.Text.Json.Nodes;

namespace ConnectorKit.Diff;

/// <summary>A JSON object together with the pointer it sits at, so a finding about it can be positioned.</summary>
internal readonly record struct NodeAt(JsonObject Node, string Pointer);
