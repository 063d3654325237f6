using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.Diff;

/// <summary>
/// One side of a comparison: a connector definition and where each of its nodes is, in the JSON files it was read
/// from or in the YAML model it was expanded from.
/// </summary>
public sealed record ConnectorVersion(
    ConnectorDefinition Definition,
    JsonPositionIndex ApiDefinitionPositions,
    JsonPositionIndex ApiPropertiesPositions);
