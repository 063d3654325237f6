using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Metadata;

/// <summary><c>minItems</c> counts something, so it cannot be negative.</summary>
public sealed class MinItemsMustBeGreaterThanOrEqualToZero : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(MinItemsMustBeGreaterThanOrEqualToZero), "A 'minItems' value is negative.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context) => KeywordBounds.ReportNegative(context, "minItems");
}
