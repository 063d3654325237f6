using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>
/// A schema property that is internal and has a default, but is not in its parent's <c>required</c> list, may be left
/// out of requests. That can be intended, hence a warning; the parameter case is <see cref="PropertyMustBeRequired"/>.
/// </summary>
public sealed class InternalPropertyWithDefaultOptional : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(InternalPropertyWithDefaultOptional), "An internal property with a default is optional.", Severity.Warning);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var schema in DocumentSchemas.All(context.Definition.Swagger))
        {
            if (schema is { Flow: not SchemaFlow.Output, Link: SchemaLink.Property, Parent: { } parent, PropertyName: { } name }
                && schema.Node.Child("x-ms-visibility").StringOrNull() == "internal" && schema.Node.ContainsKey("default")
                && !(parent.Node.Child("required") is JsonArray required && required.Any(r => r.StringOrNull() == name)))
            {
                context.ReportSwagger(schema.Pointer, $"The property '{name}' is internal and has a default but is not required, so requests may leave it out; list it in 'required' if it must be sent.");
            }
        }
    }
}
