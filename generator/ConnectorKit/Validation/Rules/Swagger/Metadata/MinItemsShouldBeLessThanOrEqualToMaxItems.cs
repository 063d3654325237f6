using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Metadata;

/// <summary>With <c>minItems</c> above <c>maxItems</c> no value is valid. Microsoft words it as advice, hence a warning.</summary>
public sealed class MinItemsShouldBeLessThanOrEqualToMaxItems : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(MinItemsShouldBeLessThanOrEqualToMaxItems), "'minItems' is greater than 'maxItems'.", Severity.Warning);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context) => KeywordBounds.ReportInverted(context, "minItems", "maxItems");
}
