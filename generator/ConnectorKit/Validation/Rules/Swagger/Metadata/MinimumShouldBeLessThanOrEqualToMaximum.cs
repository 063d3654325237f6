using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Metadata;

/// <summary>With <c>minimum</c> above <c>maximum</c> no value is valid. Microsoft words it as advice, hence a warning.</summary>
public sealed class MinimumShouldBeLessThanOrEqualToMaximum : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(MinimumShouldBeLessThanOrEqualToMaximum), "'minimum' is greater than 'maximum'.", Severity.Warning);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context) => KeywordBounds.ReportInverted(context, "minimum", "maximum");
}
