namespace ConnectorKit.Reporting;

/// <summary>Renders findings in one of the report formats; the text every command prints, LF line ends only.</summary>
public static class DiagnosticReport
{
    public static string Render(ReportFormat format, ReportInput input) => format switch
    {
        ReportFormat.Text => TextReport.Render(input),
        ReportFormat.Json => JsonReport.Render(input),
        ReportFormat.Sarif => SarifReport.Render(input),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };
}
