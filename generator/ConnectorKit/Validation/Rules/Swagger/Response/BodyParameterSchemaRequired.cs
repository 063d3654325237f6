using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Response;

/// <summary>A body parameter says what the body holds with <c>schema</c>.</summary>
public sealed class BodyParameterSchemaRequired : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(BodyParameterSchemaRequired), "A body parameter has no 'schema'.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var parameter in SwaggerObjects.Parameters(context.Definition.Swagger))
        {
            if (!parameter.IsReference && parameter.IsIn("body") && !parameter.Node.ContainsKey("schema"))
            {
                context.ReportSwagger(parameter.Pointer, "This body parameter has no 'schema'; add one describing the body (for example { \"type\": \"object\" }).");
            }
        }
    }
}
