using ConnectorKit.Diagnostics;

namespace ConnectorKit.Validation;

/// <summary>The one order findings are reported in, so every output format is stable from run to run.</summary>
public static class DiagnosticOrder
{
    public static IReadOnlyList<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics
            .OrderBy(d => d.Position.File, StringComparer.Ordinal)
            .ThenBy(d => d.Position.Line)
            .ThenBy(d => d.Position.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];
}
