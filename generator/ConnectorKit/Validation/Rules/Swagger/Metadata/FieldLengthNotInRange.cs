using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Certification;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Metadata;

/// <summary>A certified connector's description has 30 to 500 characters (Learn, "Connector string guidance").</summary>
public sealed class FieldLengthNotInRange : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(FieldLengthNotInRange), "The description is too short or too long.", Severity.Error);

    public bool CertificationOnly => true;

    public void Validate(ValidationContext context)
    {
        if (CertificationText.Description(context) is { } description
            && description.Length is < CertificationText.DescriptionMinLength or > CertificationText.DescriptionMaxLength)
        {
            context.ReportSwagger(CertificationText.DescriptionPointer,
                $"The description has {description.Length} characters; a certified connector's description has {CertificationText.DescriptionMinLength} to {CertificationText.DescriptionMaxLength}.");
        }
    }
}
