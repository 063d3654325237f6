using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Inputs;

namespace ConnectorKit.Diff;

/// <summary>
/// What the comparers share: both versions, a reference resolver for each, and the findings. A finding about
/// something that still exists is placed in the new version; one about something removed, in the old.
/// </summary>
internal sealed class DiffContext(PositionedConnector old, PositionedConnector @new)
{
    private readonly DiagnosticBag _findings = new();

    public PositionedConnector Old { get; } = old;

    public PositionedConnector New { get; } = @new;

    public ReferenceResolver OldReferences { get; } = new(old.Definition.ApiDefinition);

    public ReferenceResolver NewReferences { get; } = new(@new.Definition.ApiDefinition);

    /// <summary>The advice of breaking findings, in the terms of the new version (the one its author edits).</summary>
    public SafeRoute SafeRoute { get; } = new(@new.Terms);

    public IReadOnlyList<Diagnostic> Findings => _findings.Sorted();

    public void AtNew(DiagnosticDescriptor descriptor, DefinitionFileKind file, string pointer, string message) =>
        _findings.Add(descriptor, PositionIn(New, file, pointer), message);

    public void AtOld(DiagnosticDescriptor descriptor, DefinitionFileKind file, string pointer, string message) =>
        _findings.Add(descriptor, PositionIn(Old, file, pointer), message);

    private static SourcePosition PositionIn(PositionedConnector version, DefinitionFileKind file, string pointer) => version.Locate(file, pointer);
}
