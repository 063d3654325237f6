using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Metadata;

/// <summary><c>maxLength</c> counts something, so it cannot be negative.</summary>
public sealed class MaxLengthMustBeGreaterThanOrEqualToZero : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(MaxLengthMustBeGreaterThanOrEqualToZero), "A 'maxLength' value is negative.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context) => KeywordBounds.ReportNegative(context, "maxLength");
}
