using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>A schema's <c>required</c> list names properties, so it belongs on object schemas only.</summary>
public sealed class RequiredPropertyNotOnObject : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(RequiredPropertyNotOnObject), "A non-object schema has a 'required' list.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var schema in DocumentSchemas.All(context.Definition.Swagger))
        {
            if (schema.Node.Child("required") is JsonArray && schema.Type is { } type && type != "object")
            {
                context.ReportSwagger(schema.Member("required"), $"A schema of type '{type}' has no properties to require; remove 'required' (mark the property required in its parent object).");
            }
        }
    }
}
