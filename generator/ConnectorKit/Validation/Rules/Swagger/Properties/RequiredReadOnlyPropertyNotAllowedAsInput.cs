using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>In a request body a read-only property cannot be set, so it cannot also be required.</summary>
public sealed class RequiredReadOnlyPropertyNotAllowedAsInput : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(RequiredReadOnlyPropertyNotAllowedAsInput), "An input property is both read-only and required.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var schema in DocumentSchemas.All(context.Definition.Swagger))
        {
            if (schema is { Flow: SchemaFlow.Input, Link: SchemaLink.Property, Parent: { } parent, PropertyName: { } name }
                && schema.Node.Child("readOnly").BooleanOrNull() == true && parent.Node.Child("required") is JsonArray required && required.Any(r => r.StringOrNull() == name))
            {
                context.ReportSwagger(schema.Member("readOnly"), $"The input property '{name}' is read-only and required: the user could never give the value it needs. Drop one of the two.");
            }
        }
    }
}
