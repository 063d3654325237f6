using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>
/// A name in <c>required</c> must be one of the schema's <c>properties</c>. Schemas that combine (<c>allOf</c>) or are
/// open-ended (<c>additionalProperties</c>, dynamic schema) may get the property elsewhere and are left alone.
/// </summary>
public sealed class RequiredPropertyDefinitionMissing : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(RequiredPropertyDefinitionMissing), "A required property is not defined in the schema.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var schema in DocumentSchemas.All(context.Definition.Swagger))
        {
            var node = schema.Node;
            if (node.Child("required") is not JsonArray required || node.ContainsKey("allOf") || node.ContainsKey("additionalProperties")
                || node.ContainsKey("x-ms-dynamic-schema") || node.ContainsKey("x-ms-dynamic-properties"))
            {
                continue;
            }

            var properties = node.Child("properties").ObjectOrNull();
            for (var index = 0; index < required.Count; index++)
            {
                if (required[index].StringOrNull() is { } name && properties?.ContainsKey(name) != true)
                {
                    context.ReportSwagger(JsonPointer.Append(schema.Member("required"), index), $"'{name}' is listed as required but the schema has no property of that name; define it under 'properties' or remove it from 'required'.");
                }
            }
        }
    }
}
