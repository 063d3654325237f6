using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Inputs;
using ConnectorKit.Json;

namespace ConnectorKit.Validation;

/// <summary>
/// What a rule sees: the definition, where each of its nodes is (in the JSON files, or in the YAML model it was
/// expanded from), and a way to report a finding at a JSON pointer.
/// </summary>
public sealed class ValidationContext
{
    private readonly List<Diagnostic> _findings = [];

    public ValidationContext(
        ConnectorDefinition definition,
        JsonPositionIndex apiDefinitionPositions,
        JsonPositionIndex apiPropertiesPositions,
        string? scriptFile = null,
        SourcePosition? iconPosition = null)
    {
        Definition = definition;
        ApiDefinitionPositions = apiDefinitionPositions;
        ApiPropertiesPositions = apiPropertiesPositions;
        ScriptFile = scriptFile;
        IconPosition = iconPosition ?? new SourcePosition(definition.Icon?.FileName ?? DefinitionFiles.Icon, 0, 0);
    }

    /// <summary>The context for a connector read by any command (or expanded from a model).</summary>
    public static ValidationContext For(PositionedConnector connector) =>
        new(connector.Definition, connector.ApiDefinitionPositions, connector.ApiPropertiesPositions, connector.ScriptFile, connector.IconPosition);

    public ConnectorDefinition Definition { get; }

    public JsonPositionIndex ApiDefinitionPositions { get; }

    public JsonPositionIndex ApiPropertiesPositions { get; }

    /// <summary>The path findings about script.csx are reported against.</summary>
    public string? ScriptFile { get; }

    /// <summary>Where findings about the icon are reported: the icon file, or the model's <c>icon:</c> value.</summary>
    public SourcePosition IconPosition { get; }

    public IReadOnlyList<Diagnostic> Findings => _findings;

    /// <summary>The rule being run; set by the validator so rules report under their own descriptor.</summary>
    internal IValidationRule? CurrentRule { get; set; }

    public void Report(DefinitionFileKind file, string pointer, string message) =>
        Report(PositionOf(file, pointer), message);

    public void Report(SourcePosition position, string message) =>
        _findings.Add(Diagnostic.Create(CurrentRule!.Descriptor, position, message));

    public SourcePosition PositionOf(DefinitionFileKind file, string pointer) =>
        (file == DefinitionFileKind.ApiDefinition ? ApiDefinitionPositions : ApiPropertiesPositions).Find(pointer);
}
