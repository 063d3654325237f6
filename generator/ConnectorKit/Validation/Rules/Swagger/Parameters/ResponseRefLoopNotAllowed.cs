using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Parameters;

/// <summary>A shared response under <c>#/responses</c> must be written out, not be a <c>$ref</c> to another one.</summary>
public sealed class ResponseRefLoopNotAllowed : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(ResponseRefLoopNotAllowed), "A shared response is itself a reference.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var response in SwaggerObjects.Responses(context.Definition.Swagger))
        {
            if (response.IsShared && response.IsReference)
            {
                context.ReportSwagger(JsonPointer.Append(response.Pointer, "$ref"), "A shared response cannot refer to another definition; write the response out here.");
            }
        }
    }
}
