using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Hints;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Inputs;

/// <summary>
/// A connector definition and where each of its nodes is: in the JSON files it was read from, or in the YAML model it
/// was expanded from. What the validator, the diff and the client generator take. Findings about the icon are
/// reported at <see cref="IconPosition"/>: the icon file of a connector folder, or the model's <c>icon:</c> value.
/// Messages about it speak in <see cref="Terms"/>: Swagger keys for JSON files (the default), model keys for a model.
/// </summary>
public sealed record PositionedConnector(
    ConnectorDefinition Definition,
    JsonPositionIndex ApiDefinitionPositions,
    JsonPositionIndex ApiPropertiesPositions,
    string? ScriptFile = null,
    SourcePosition? IconPosition = null,
    AuthorTerms? ModelTerms = null)
{
    /// <summary>The words and places of messages about this connector.</summary>
    public AuthorTerms Terms => ModelTerms ?? AuthorTerms.Swagger;

    /// <summary>An expanded model, positioned at the YAML each node came from (at the model key, where <paramref name="keys"/> has it).</summary>
    public static PositionedConnector Expanded(
        ConnectorDefinition definition, DefinitionOrigins origins, ModelKeyPositions keys, string? scriptFile, SourcePosition? iconPosition = null) =>
        new(definition, origins.ToPositionIndex(DefinitionFileKind.ApiDefinition), origins.ToPositionIndex(DefinitionFileKind.ApiProperties), scriptFile, iconPosition,
            AuthorTerms.Model(keys));

    /// <summary>The position index of one file.</summary>
    public JsonPositionIndex PositionsOf(DefinitionFileKind file) =>
        file == DefinitionFileKind.ApiDefinition ? ApiDefinitionPositions : ApiPropertiesPositions;

    /// <summary>Where a finding at <paramref name="pointer"/> of <paramref name="file"/> is reported, in this connector's terms.</summary>
    public SourcePosition Locate(DefinitionFileKind file, string pointer) => Terms.Locate(PositionsOf(file), file, pointer);
}
