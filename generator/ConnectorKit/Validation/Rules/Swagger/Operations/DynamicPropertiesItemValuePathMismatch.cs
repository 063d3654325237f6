using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// <c>x-ms-dynamic-properties</c> reads the same schema as the <c>x-ms-dynamic-schema</c> beside it: its
/// <c>itemValuePath</c> is the <c>value-path</c> without a final <c>properties</c> (absent when nothing is left).
/// </summary>
public sealed class DynamicPropertiesItemValuePathMismatch : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(DynamicPropertiesItemValuePathMismatch),
        "'x-ms-dynamic-properties' reads a different schema path than 'x-ms-dynamic-schema'.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var (site, valuePath) in DynamicSchemaPaths.Sites(context.Definition.ApiDefinition))
        {
            if (site.Node[DynamicInvocation.Properties] is not System.Text.Json.Nodes.JsonObject properties)
            {
                continue;
            }

            var expected = DynamicSchemaPaths.SchemaObjectPath(valuePath);
            var actual = DynamicSchemaPaths.Normalize(properties.Child("itemValuePath").StringOrNull() ?? string.Empty);
            if (actual != expected)
            {
                var pointer = JsonPointer.Append(site.Pointer, DynamicInvocation.Properties);
                context.Report(DefinitionFileKind.ApiDefinition, properties.ContainsKey("itemValuePath") ? JsonPointer.Append(pointer, "itemValuePath") : pointer,
                    $"'itemValuePath' should be '{expected}' to match 'value-path' '{valuePath}' of '{DynamicInvocation.Schema}' (without its final 'properties').");
            }
        }
    }
}
