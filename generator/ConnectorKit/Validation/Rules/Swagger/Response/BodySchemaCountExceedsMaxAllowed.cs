using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Response;

/// <summary>
/// One payload (a body parameter, a response, a notification) holds at most <see cref="SchemaLimits.SchemasPerBody"/>
/// schemas once its references are expanded (a recursive definition is expanded once per branch).
/// </summary>
public sealed class BodySchemaCountExceedsMaxAllowed : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(BodySchemaCountExceedsMaxAllowed), "A payload schema holds too many schemas.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var swagger = context.Definition.Swagger;
        var measure = new SchemaMeasure(swagger.Node);
        foreach (var body in BodySchemas.All(swagger))
        {
            if (measure.Measure(body).Count is var count && count > SchemaLimits.SchemasPerBody)
            {
                context.ReportSwagger(body.Pointer, $"This payload holds {count} schemas with its references expanded; at most {SchemaLimits.SchemasPerBody} are allowed. Remove properties the connector does not need.");
            }
        }
    }
}
