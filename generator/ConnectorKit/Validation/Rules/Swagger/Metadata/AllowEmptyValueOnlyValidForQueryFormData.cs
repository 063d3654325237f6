using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Metadata;

/// <summary>Only query and form fields can be sent with an empty value, so only they take <c>allowEmptyValue</c>.</summary>
public sealed class AllowEmptyValueOnlyValidForQueryFormData : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(AllowEmptyValueOnlyValidForQueryFormData), "'allowEmptyValue' is set on a parameter outside query and form data.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var parameter in SwaggerObjects.Parameters(context.Definition.Swagger))
        {
            if (parameter.Node.ContainsKey("allowEmptyValue") && parameter.In is { } location && location is not ("query" or "formData"))
            {
                context.ReportSwagger(JsonPointer.Append(parameter.Pointer, "allowEmptyValue"), $"A '{location}' parameter cannot use 'allowEmptyValue'; only 'query' and 'formData' parameters can be sent empty.");
            }
        }
    }
}
