namespace ConnectorKit.Diagnostics;

public enum Severity
{
    Info,
    Warning,
    Error,
}
