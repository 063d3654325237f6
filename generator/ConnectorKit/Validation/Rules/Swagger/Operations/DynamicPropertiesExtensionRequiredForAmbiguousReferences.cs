using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// A <c>x-ms-dynamic-schema</c> reference that references a name that is both a parameter and a body property cannot be resolved reliably by name; the operation needs
/// <c>x-ms-dynamic-properties</c>, which names inputs by path strings.
/// </summary>
public sealed class DynamicPropertiesExtensionRequiredForAmbiguousReferences : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(DynamicPropertiesExtensionRequiredForAmbiguousReferences),
        "'x-ms-dynamic-schema' references a name that is both a parameter and a body property without 'x-ms-dynamic-properties'.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context) =>
        LegacyReferenceRule.Check(context, DynamicInvocation.Schema, DynamicInvocation.Properties, LegacyReferenceKind.Ambiguous);
}
