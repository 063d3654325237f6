using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Metadata;

/// <summary><c>minLength</c> counts something, so it cannot be negative.</summary>
public sealed class MinLengthMustBeGreaterThanOrEqualToZero : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(MinLengthMustBeGreaterThanOrEqualToZero), "A 'minLength' value is negative.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context) => KeywordBounds.ReportNegative(context, "minLength");
}
