using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// A <c>x-ms-dynamic-values</c> reference that references a name that is both a parameter and a body property cannot be resolved reliably by name; the operation needs
/// <c>x-ms-dynamic-list</c>, which names inputs by path strings.
/// </summary>
public sealed class DynamicListExtensionRequiredForAmbiguousReferences : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(DynamicListExtensionRequiredForAmbiguousReferences),
        "'x-ms-dynamic-values' references a name that is both a parameter and a body property without 'x-ms-dynamic-list'.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context) =>
        LegacyReferenceRule.Check(context, DynamicInvocation.Values, DynamicInvocation.List, LegacyReferenceKind.Ambiguous);
}
