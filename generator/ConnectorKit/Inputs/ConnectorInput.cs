using ConnectorKit.Diagnostics;

namespace ConnectorKit.Inputs;

/// <summary>
/// What a path on the command line gave: the connector (null when it could not be read), the findings of reading it,
/// the one file the user named when the path was a file, and the model file when the path was a model folder.
/// </summary>
public sealed record ConnectorInput(
    PositionedConnector? Connector,
    IReadOnlyList<Diagnostic> Diagnostics,
    string? NamedFile = null,
    string? ModelFile = null)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
