using ConnectorKit.Definition;
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
    string? ScriptFile = null);
