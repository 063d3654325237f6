using ConnectorKit.Diagnostics;

namespace ConnectorKit.Reporting;

/// <summary>
/// What a report needs: the findings, the rules that could have produced them (SARIF lists them), the tool's name, and
/// the folder file paths are made relative to (SARIF <c>uriBaseId</c>).
/// </summary>
public sealed record ReportInput(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<DiagnosticDescriptor> Rules,
    string ToolName,
    string BaseDirectory);
