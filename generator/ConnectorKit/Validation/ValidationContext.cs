using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Hints;
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
        SourcePosition? iconPosition = null,
        AuthorTerms? terms = null)
    {
        Definition = definition;
        Terms = terms ?? AuthorTerms.Swagger;
        ApiDefinitionPositions = apiDefinitionPositions;
        ApiPropertiesPositions = apiPropertiesPositions;
        ScriptFile = scriptFile;
        IconPosition = iconPosition ?? new SourcePosition(definition.Icon?.FileName ?? DefinitionFiles.Icon, 0, 0);
    }

    /// <summary>The context for a connector read by any command (or expanded from a model).</summary>
    public static ValidationContext For(PositionedConnector connector) =>
        new(connector.Definition, connector.ApiDefinitionPositions, connector.ApiPropertiesPositions, connector.ScriptFile, connector.IconPosition, connector.Terms);

    public ConnectorDefinition Definition { get; }

    public JsonPositionIndex ApiDefinitionPositions { get; }

    public JsonPositionIndex ApiPropertiesPositions { get; }

    /// <summary>The path findings about script.csx are reported against.</summary>
    public string? ScriptFile { get; }

    /// <summary>Where findings about the icon are reported: the icon file, or the model's <c>icon:</c> value.</summary>
    public SourcePosition IconPosition { get; }

    /// <summary>The words and places of messages: Swagger keys for a connector folder, model keys for a model.</summary>
    public AuthorTerms Terms { get; }

    public IReadOnlyList<Diagnostic> Findings => _findings;

    /// <summary>The rule being run; set by the validator so rules report under their own descriptor.</summary>
    internal IValidationRule? CurrentRule { get; set; }

    public void Report(DefinitionFileKind file, string pointer, string message) =>
        Report(PositionOf(file, pointer), message);

    public void Report(SourcePosition position, string message) =>
        _findings.Add(Diagnostic.Create(CurrentRule!.Descriptor, position, message));

    /// <summary>
    /// Reports a finding that ends with a fix, one the rule lists in <see cref="IValidationRule.Fixes"/>: the message is
    /// made from the fix worded in the input's terms, and the finding sits at the fix's key (or where it belongs).
    /// </summary>
    public void Report(PlacedFix fix, Func<string, string> message)
    {
        if (!CurrentRule!.Fixes.Contains(fix.Fix))
        {
            throw new InvalidOperationException($"The rule {CurrentRule.Descriptor.Code} gives a fix it does not list in its Fixes.");
        }

        Report(Terms.Locate(PositionsOf(fix.Fix.File), fix), message(Terms.Word(fix.Fix)));
    }

    public SourcePosition PositionOf(DefinitionFileKind file, string pointer) => Terms.Locate(PositionsOf(file), file, pointer);

    private JsonPositionIndex PositionsOf(DefinitionFileKind file) =>
        file == DefinitionFileKind.ApiDefinition ? ApiDefinitionPositions : ApiPropertiesPositions;
}
