using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Certification;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Metadata;

/// <summary>A certified connector's title has at most 30 characters (Learn, "Connector string guidance").</summary>
public sealed class FieldLengthExceeded : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(FieldLengthExceeded), "The title is longer than allowed.", Severity.Error);

    public bool CertificationOnly => true;

    public void Validate(ValidationContext context)
    {
        if (CertificationText.Title(context) is { } title && title.Length > CertificationText.TitleMaxLength)
        {
            context.ReportSwagger(CertificationText.TitlePointer, $"The title has {title.Length} characters; a certified connector's title has at most {CertificationText.TitleMaxLength}.");
        }
    }
}
