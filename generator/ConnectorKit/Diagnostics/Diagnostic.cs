using System.Globalization;

namespace ConnectorKit.Diagnostics;

/// <summary>One finding: what (code, message), how bad (severity) and where (position).</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, Severity Severity, string Message, SourcePosition Position)
{
    public string Code => Descriptor.Code;

    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourcePosition position, string message) =>
        new(descriptor, descriptor.DefaultSeverity, message, position);

    /// <summary>MSBuild canonical format: <c>file(line,col): error CODE: message</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Position}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}");
}
