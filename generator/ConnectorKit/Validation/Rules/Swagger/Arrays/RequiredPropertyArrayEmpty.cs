using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Arrays;

/// <summary>An empty <c>required</c> list says nothing and the platform rejects it.</summary>
public sealed class RequiredPropertyArrayEmpty : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(RequiredPropertyArrayEmpty), "A schema's 'required' list is empty.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var schema in DocumentSchemas.All(context.Definition.Swagger))
        {
            if (schema.Node.Child("required") is JsonArray { Count: 0 })
            {
                context.ReportSwagger(schema.Member("required"), "The 'required' list is empty; remove it when no property is required.");
            }
        }
    }
}
