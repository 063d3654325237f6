using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Parameters;

/// <summary>A shared parameter under <c>#/parameters</c> must be written out, not be a <c>$ref</c> to another one.</summary>
public sealed class ParameterRefLoopNotAllowed : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(ParameterRefLoopNotAllowed), "A shared parameter is itself a reference.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var parameter in SwaggerObjects.Parameters(context.Definition.Swagger))
        {
            if (parameter.IsShared && parameter.IsReference)
            {
                context.ReportSwagger(JsonPointer.Append(parameter.Pointer, "$ref"), "A shared parameter cannot refer to another definition; write the parameter out here.");
            }
        }
    }
}
