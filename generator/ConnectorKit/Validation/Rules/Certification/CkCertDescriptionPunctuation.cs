using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;

namespace ConnectorKit.Validation.Rules.Certification;

/// <summary>Certification: operation and parameter descriptions are full sentences, ending with punctuation.</summary>
public sealed class CkCertDescriptionPunctuation : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkCertDescriptionPunctuation), "A description does not end with punctuation.", Severity.Warning);

    public bool CertificationOnly => true;

    public void Validate(ValidationContext context)
    {
        foreach (var site in TextSites.Descriptions(context).Where(s => s.Text.Trim().Length > 0 && !CertificationText.EndsWithPunctuation(s.Text)))
        {
            context.Report(DefinitionFileKind.ApiDefinition, site.Pointer, $"The description of {site.Owner} should be a full sentence ending with punctuation, such as a period.");
        }
    }
}
