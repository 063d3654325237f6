using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Metadata;

/// <summary><c>maxProperties</c> counts something, so it cannot be negative.</summary>
public sealed class MaxPropertiesMustBeGreaterThanOrEqualToZero : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(MaxPropertiesMustBeGreaterThanOrEqualToZero), "A 'maxProperties' value is negative.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context) => KeywordBounds.ReportNegative(context, "maxProperties");
}
