using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// A <c>x-ms-dynamic-values</c> reference that references a body property by a bare name cannot be resolved reliably by name; the operation needs
/// <c>x-ms-dynamic-list</c>, which names inputs by path strings.
/// </summary>
public sealed class DynamicListExtensionRequiredForNonParameterReferences : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(DynamicListExtensionRequiredForNonParameterReferences),
        "'x-ms-dynamic-values' references a body property by a bare name without 'x-ms-dynamic-list'.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context) =>
        LegacyReferenceRule.Check(context, DynamicInvocation.Values, DynamicInvocation.List, LegacyReferenceKind.BodyProperty);
}
