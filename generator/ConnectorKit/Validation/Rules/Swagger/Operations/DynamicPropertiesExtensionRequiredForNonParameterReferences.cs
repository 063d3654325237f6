using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// A <c>x-ms-dynamic-schema</c> reference that references a body property by a bare name cannot be resolved reliably by name; the operation needs
/// <c>x-ms-dynamic-properties</c>, which names inputs by path strings.
/// </summary>
public sealed class DynamicPropertiesExtensionRequiredForNonParameterReferences : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(DynamicPropertiesExtensionRequiredForNonParameterReferences),
        "'x-ms-dynamic-schema' references a body property by a bare name without 'x-ms-dynamic-properties'.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context) =>
        LegacyReferenceRule.Check(context, DynamicInvocation.Schema, DynamicInvocation.Properties, LegacyReferenceKind.BodyProperty);
}
