using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>
/// A name in <c>required</c> must be one of the schema's <c>properties</c>, or of the schemas it takes its shape from:
/// a <c>$ref</c> beside <c>required</c> and the members of <c>allOf</c> are resolved. An open schema (other properties
/// allowed, dynamic schema, anyOf/oneOf) or one whose reference does not resolve may get the property elsewhere and is
/// left alone.
/// </summary>
public sealed class RequiredPropertyDefinitionMissing : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(RequiredPropertyDefinitionMissing), "A required property is not defined in the schema.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var root = context.Definition.ApiDefinition;
        foreach (var schema in DocumentSchemas.All(context.Definition.Swagger))
        {
            if (schema.Node.Child("required") is not JsonArray required || DeclaredProperties.Of(root, schema.Node) is not { } properties)
            {
                continue;
            }

            for (var index = 0; index < required.Count; index++)
            {
                if (required[index].StringOrNull() is { } name && !properties.Contains(name))
                {
                    context.ReportSwagger(JsonPointer.Append(schema.Member("required"), index), $"'{name}' is listed as required but the schema has no property of that name; define it under 'properties' or remove it from 'required'.");
                }
            }
        }
    }
}
