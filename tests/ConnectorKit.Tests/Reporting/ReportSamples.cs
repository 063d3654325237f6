using ConnectorKit.Diagnostics;
using ConnectorKit.Reporting;

namespace ConnectorKit.Tests.Reporting;

/// <summary>Findings under a made-up base folder, for the report format tests.</summary>
public static class ReportSamples
{
    public static readonly string BaseDirectory = Path.Combine(Path.GetTempPath(), "connectorkit-report");

    public static readonly DiagnosticDescriptor MicrosoftCode = new("OperationIdNotUnique", "Two operations share an operation id.", Severity.Error);

    public static readonly DiagnosticDescriptor Ours = new("CkCertTitleTooLong", "The connector title is longer than 30 characters.", Severity.Error);

    public static string FileIn(params string[] parts) => Path.Combine([BaseDirectory, .. parts]);

    public static Diagnostic Finding(DiagnosticDescriptor descriptor, string file, int line, int column, string message, Severity? severity = null) =>
        new(descriptor, severity ?? descriptor.DefaultSeverity, message, new SourcePosition(file, line, column));

    public static ReportInput Input(params Diagnostic[] diagnostics) =>
        new(diagnostics, [Ours, MicrosoftCode], ToolInfo.Name, BaseDirectory);
}
