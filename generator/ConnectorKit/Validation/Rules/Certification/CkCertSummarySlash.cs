using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;

namespace ConnectorKit.Validation.Rules.Certification;

/// <summary>Certification: summaries do not use '/' (write "and" or "or"), as the connector string guidance asks.</summary>
public sealed class CkCertSummarySlash : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkCertSummarySlash), "A summary contains '/'.", Severity.Warning);

    public bool CertificationOnly => true;

    public void Validate(ValidationContext context)
    {
        foreach (var site in TextSites.Summaries(context).Where(s => s.Text.Contains('/', StringComparison.Ordinal)))
        {
            context.Report(DefinitionFileKind.ApiDefinition, site.Pointer, $"The summary of {site.Owner} ('{site.Text}') contains '/'; use words such as 'and' or 'or'.");
        }
    }
}
