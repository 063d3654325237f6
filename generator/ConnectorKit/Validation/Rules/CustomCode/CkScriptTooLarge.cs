using System.Text;
using ConnectorKit.Diagnostics;

namespace ConnectorKit.Validation.Rules.CustomCode;

/// <summary>Custom code is at most 1 MB, as Microsoft documents for script.csx.</summary>
public sealed class CkScriptTooLarge : IScriptRule
{
    public const int MaximumBytes = 1024 * 1024;

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkScriptTooLarge), "script.csx is larger than 1 MB.", Severity.Error);

    public bool CertificationOnly => false;

    public string? Notes => "Limit 1 MB (documented: \"Write code in a custom connector\").";

    public void Validate(ValidationContext context)
    {
        if (ScriptSite.Of(context) is { } site && Encoding.UTF8.GetByteCount(site.Script.Text) is var size && size > MaximumBytes)
        {
            context.Report(site.Start, $"The script takes {size / 1024} KB; custom code may take at most {MaximumBytes / 1024} KB.");
        }
    }
}
