using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Certification;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Metadata;

/// <summary>A certified connector's title ends in a letter or digit (a trailing "(Independent Publisher)" is allowed).</summary>
public sealed class ValueMustEndWithAlphanumeric : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(ValueMustEndWithAlphanumeric), "The title does not end with a letter or digit.", Severity.Error);

    public bool CertificationOnly => true;

    public void Validate(ValidationContext context)
    {
        if (CertificationText.Title(context) is { Length: > 0 } title && !CertificationText.EndsAlphanumeric(title))
        {
            context.ReportSwagger(CertificationText.TitlePointer, $"The title '{title}' must end with a letter or digit; remove the trailing '{title[^1]}'.");
        }
    }
}
