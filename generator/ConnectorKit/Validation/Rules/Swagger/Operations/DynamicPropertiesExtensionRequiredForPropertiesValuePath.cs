using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// When <c>x-ms-dynamic-schema</c>'s <c>value-path</c> ends at a schema's <c>properties</c>, the operation also needs
/// <c>x-ms-dynamic-properties</c>, whose <c>itemValuePath</c> points at the schema object.
/// </summary>
public sealed class DynamicPropertiesExtensionRequiredForPropertiesValuePath : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(DynamicPropertiesExtensionRequiredForPropertiesValuePath),
        "'x-ms-dynamic-schema' points at schema properties without 'x-ms-dynamic-properties'.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var (site, valuePath) in DynamicSchemaPaths.Sites(context.Definition.ApiDefinition))
        {
            if (DynamicSchemaPaths.PointsAtProperties(valuePath) && !site.Node.ContainsKey(DynamicInvocation.Properties))
            {
                var expected = DynamicSchemaPaths.SchemaObjectPath(valuePath);
                context.Report(DefinitionFileKind.ApiDefinition, DynamicSchemaPaths.ValuePathPointer(site),
                    $"'value-path' '{valuePath}' points at a schema's properties; add '{DynamicInvocation.Properties}' beside it with 'itemValuePath' '{expected}' (the schema object).");
            }
        }
    }
}
