using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Metadata;

/// <summary>A <c>discriminator</c> names the property that tells subtypes apart: it must be a required string property.</summary>
public sealed class DiscriminatorMustBeARequiredStringProperty : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(DiscriminatorMustBeARequiredStringProperty), "A discriminator is not a required string property.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var swagger = context.Definition.Swagger;
        foreach (var schema in DocumentSchemas.All(swagger))
        {
            if (schema.Node.Child("discriminator").StringOrNull() is not { } name)
            {
                continue;
            }

            var property = schema.Node.Child("properties").Child(name) as JsonObject;
            var resolved = property is null ? null : Operations.Support.LocalReferences.Resolve(swagger.Node, property, JsonPointer.Append(schema.Member("properties"), name))?.Node;
            var required = schema.Node.Child("required") is JsonArray list && list.Any(r => r.StringOrNull() == name);
            if (resolved.Child("type").StringOrNull() != "string" || !required)
            {
                context.ReportSwagger(schema.Member("discriminator"), $"The discriminator '{name}' must be a property of this schema of type 'string' that is listed in 'required'.");
            }
        }
    }
}
