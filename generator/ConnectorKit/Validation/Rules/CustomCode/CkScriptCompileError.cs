using System.Globalization;
using ConnectorKit.Diagnostics;

namespace ConnectorKit.Validation.Rules.CustomCode;

/// <summary>
/// Custom code compiles: the script is compiled with Roslyn beside a ScriptBase shim, against the framework,
/// Newtonsoft.Json and the logging abstractions; each compiler error is a finding at its line and column.
/// </summary>
public sealed class CkScriptCompileError : IScriptRule
{
    /// <summary>One broken line can cascade; past this many errors, the first ones are what the author needs.</summary>
    public const int MaximumReported = 20;

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkScriptCompileError), "script.csx does not compile.", Severity.Error);

    public bool CertificationOnly => false;

    public string? Notes => "Compiled with the newest C# version against .NET's own assemblies, so a few Windows-only APIs (System.Drawing) may not resolve.";

    public void Validate(ValidationContext context)
    {
        if (ScriptSite.Of(context) is not { } site)
        {
            return;
        }

        foreach (var error in site.Analysis.Errors.Take(MaximumReported))
        {
            context.Report(site.PositionOf(error.Location), string.Create(CultureInfo.InvariantCulture, $"{error.Id}: {error.GetMessage(CultureInfo.InvariantCulture)}"));
        }
    }
}
