using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;

namespace ConnectorKit.Inputs;

/// <summary>
/// A connector definition and where each of its nodes is: in the JSON files it was read from, or in the YAML model it
/// was expanded from. What the validator, the diff and the client generator take. Findings about the icon are
/// reported at <see cref="IconPosition"/>: the icon file of a connector folder, or the model's <c>icon:</c> value.
/// </summary>
public sealed record PositionedConnector(
    ConnectorDefinition Definition,
    JsonPositionIndex ApiDefinitionPositions,
    JsonPositionIndex ApiPropertiesPositions,
    string? ScriptFile = null,
    SourcePosition? IconPosition = null)
{
    /// <summary>An expanded model, positioned at the YAML each node came from.</summary>
    public static PositionedConnector Expanded(ConnectorDefinition definition, DefinitionOrigins origins, string? scriptFile, SourcePosition? iconPosition = null) =>
        new(definition, origins.ToPositionIndex(DefinitionFileKind.ApiDefinition), origins.ToPositionIndex(DefinitionFileKind.ApiProperties), scriptFile, iconPosition);
}
