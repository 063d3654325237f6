using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Parameters;

/// <summary>Swagger 2.0 carries files only as form fields: a <c>file</c> parameter belongs in <c>formData</c>.</summary>
public sealed class FileParameterMustBeInFormData : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(FileParameterMustBeInFormData), "A parameter of type 'file' is not in 'formData'.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var parameter in SwaggerObjects.Parameters(context.Definition.Swagger))
        {
            if (parameter.Node.Child("type").StringOrNull() == "file" && parameter.In is { } location && location != "formData")
            {
                context.ReportSwagger(JsonPointer.Append(parameter.Pointer, "type"),
                    $"A 'file' parameter can only be sent as a form field; this one is in '{location}'. Move it to 'formData' or send the content as a string.");
            }
        }
    }
}
