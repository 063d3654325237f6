using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Response;

/// <summary>Only a body parameter has a <c>schema</c>; the others describe their value with <c>type</c> and its keywords.</summary>
public sealed class NonBodyParameterSchemaNotValid : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(NonBodyParameterSchemaNotValid), "A parameter outside the body has a 'schema'.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var parameter in SwaggerObjects.Parameters(context.Definition.Swagger))
        {
            if (!parameter.IsReference && parameter.In is { } location && location != "body" && parameter.Node.ContainsKey("schema"))
            {
                context.ReportSwagger(JsonPointer.Append(parameter.Pointer, "schema"), $"A '{location}' parameter cannot have a 'schema'; describe it with 'type' (and 'items', 'enum', ...) instead.");
            }
        }
    }
}
