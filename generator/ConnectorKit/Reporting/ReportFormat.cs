namespace ConnectorKit.Reporting;

/// <summary>How findings are printed: MSBuild-style text lines, a JSON array, or SARIF 2.1.0.</summary>
public enum ReportFormat
{
    Text,
    Json,
    Sarif,
}
