namespace ConnectorKit.Diagnostics;

/// <summary>A stable diagnostic code with its title and default severity; the one registry is <see cref="DiagnosticCodes"/>.</summary>
public sealed record DiagnosticDescriptor(string Code, string Title, Severity DefaultSeverity);
