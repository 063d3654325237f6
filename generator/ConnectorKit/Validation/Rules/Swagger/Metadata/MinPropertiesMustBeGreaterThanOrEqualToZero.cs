using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Metadata;

/// <summary><c>minProperties</c> counts something, so it cannot be negative.</summary>
public sealed class MinPropertiesMustBeGreaterThanOrEqualToZero : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(MinPropertiesMustBeGreaterThanOrEqualToZero), "A 'minProperties' value is negative.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context) => KeywordBounds.ReportNegative(context, "minProperties");
}
