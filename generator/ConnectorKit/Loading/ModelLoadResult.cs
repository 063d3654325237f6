using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Loading;

/// <summary>
/// The outcome of loading a model folder. <see cref="Model"/> is null when a file was not well-formed or a required
/// value was missing or unusable; otherwise it is set even when <see cref="Diagnostics"/> holds errors, so check those.
/// </summary>
public sealed record ModelLoadResult(ConnectorModel? Model, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
