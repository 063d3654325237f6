using System.Globalization;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;

namespace ConnectorKit.Validation.Rules.Certification;

/// <summary>Certification: operation summaries and parameter names shown to users (x-ms-summary) have at most 80 characters.</summary>
public sealed class CkCertSummaryTooLong : IValidationRule
{
    public const int MaximumLength = 80;

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkCertSummaryTooLong), "A summary is longer than 80 characters.", Severity.Error);

    public bool CertificationOnly => true;

    public string? Notes => "Limit 80 characters (documented: connector string guidance).";

    public void Validate(ValidationContext context)
    {
        foreach (var site in TextSites.Summaries(context))
        {
            var length = new StringInfo(site.Text).LengthInTextElements;
            if (length > MaximumLength)
            {
                context.Report(DefinitionFileKind.ApiDefinition, site.Pointer,
                    $"The summary of {site.Owner} has {length} characters; certified connectors keep summaries to {MaximumLength}.");
            }
        }
    }
}
