using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;

namespace ConnectorKit.Validation.Rules.Certification;

/// <summary>Certification: summaries end with a letter or digit; a closing label such as "(Preview)" is allowed.</summary>
public sealed class CkCertSummaryEnding : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkCertSummaryEnding), "A summary does not end with a letter or digit.", Severity.Warning);

    public bool CertificationOnly => true;

    public void Validate(ValidationContext context)
    {
        foreach (var site in TextSites.Summaries(context).Where(s => s.Text.Length > 0 && !CertificationText.EndsAlphanumeric(s.Text)))
        {
            context.Report(DefinitionFileKind.ApiDefinition, site.Pointer, $"The summary of {site.Owner} ('{site.Text}') must end with a letter or digit.");
        }
    }
}
