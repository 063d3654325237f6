using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Parameters;

/// <summary>A request has one payload: either a body or form fields, never both.</summary>
public sealed class ParameterListContainsFormDataAndBody : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(ParameterListContainsFormDataAndBody), "An operation takes both a body and form fields.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var swagger = context.Definition.Swagger;
        foreach (var operation in swagger.Operations)
        {
            var parameters = OperationParameters.Effective(swagger.Node, operation);
            if (parameters.Any(p => p.IsIn("formData")) && parameters.FirstOrDefault(p => p.IsIn("body")) is { } body)
            {
                context.ReportSwagger(body.Pointer, $"The operation '{operation.OperationId ?? operation.Path}' has a body parameter and form data parameters; a request carries only one of them.");
            }
        }
    }
}
