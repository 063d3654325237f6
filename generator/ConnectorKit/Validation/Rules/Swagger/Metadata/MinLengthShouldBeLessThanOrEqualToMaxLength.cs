using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Metadata;

/// <summary>With <c>minLength</c> above <c>maxLength</c> no value is valid. Microsoft words it as advice, hence a warning.</summary>
public sealed class MinLengthShouldBeLessThanOrEqualToMaxLength : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(MinLengthShouldBeLessThanOrEqualToMaxLength), "'minLength' is greater than 'maxLength'.", Severity.Warning);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context) => KeywordBounds.ReportInverted(context, "minLength", "maxLength");
}
