using ConnectorKit.Diagnostics;
using ConnectorKit.Emitting;

namespace ConnectorKit.Import;

/// <summary>
/// What an import gave: the model's files (YAML, plus the script and icon copied), none when the connector could not
/// be read, and every finding (reading problems, checks the model had to disable, anything not reproduced exactly,
/// raw keys that override what the model's typed keys say). Findings in the model's YAML are positioned relative to
/// the model folder (<c>connector.yaml(21,1)</c>), since the model is written wherever the caller puts it.
/// </summary>
public sealed record ImportResult(IReadOnlyList<GeneratedFile> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Files.Count > 0 && !Diagnostics.Any(d => d.Severity == Severity.Error);
}
