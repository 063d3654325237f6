using ConnectorKit.Definition;
using ConnectorKit.Expansion;
using ConnectorKit.Json;

namespace ConnectorKit.Inputs;

/// <summary>
/// A connector definition and where each of its nodes is: in the JSON files it was read from, or in the YAML model it
/// was expanded from. What the validator, the diff and the client generator take.
/// </summary>
public sealed record PositionedConnector(
    ConnectorDefinition Definition,
    JsonPositionIndex ApiDefinitionPositions,
    JsonPositionIndex ApiPropertiesPositions,
    string? ScriptFile = null)
{
    /// <summary>An expanded model, positioned at the YAML each node came from.</summary>
    public static PositionedConnector Expanded(ConnectorDefinition definition, DefinitionOrigins origins, string? scriptFile) =>
        new(definition, origins.ToPositionIndex(DefinitionFileKind.ApiDefinition), origins.ToPositionIndex(DefinitionFileKind.ApiProperties), scriptFile);
}
