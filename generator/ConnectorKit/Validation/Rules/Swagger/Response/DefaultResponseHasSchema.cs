using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Response;

/// <summary>
/// The designer shows the schema of the expected response; a schema on <c>default</c> (the error case) competes with
/// it. Microsoft words it as advice, hence a warning.
/// </summary>
public sealed class DefaultResponseHasSchema : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(DefaultResponseHasSchema), "The 'default' response has a schema.", Severity.Warning);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var response in SwaggerObjects.Responses(context.Definition.Swagger))
        {
            if (!response.IsShared && response.Key == "default" && response.Node.ContainsKey("schema"))
            {
                context.ReportSwagger(JsonPointer.Append(response.Pointer, "schema"), "The 'default' response should not have a schema; put the schema on the expected response (such as 200) only.");
            }
        }
    }
}
