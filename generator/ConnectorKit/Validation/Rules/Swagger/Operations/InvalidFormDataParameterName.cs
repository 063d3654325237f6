using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>Form field names travel in the request as they are, so they must be US-ASCII.</summary>
public sealed class InvalidFormDataParameterName : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(InvalidFormDataParameterName), "A form data parameter name has characters outside US-ASCII.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var parameter in SwaggerObjects.Parameters(context.Definition.Swagger).Where(p => !p.IsReference))
        {
            if (parameter.Node.Child("in").StringOrNull() == "formData" && parameter.Node.Child("name").StringOrNull() is { } name && !name.All(char.IsAscii))
            {
                context.Report(DefinitionFileKind.ApiDefinition, JsonPointer.Append(parameter.Pointer, "name"),
                    $"The form data parameter name '{name}' has characters outside US-ASCII; use ASCII letters, digits and punctuation only.");
            }
        }
    }
}
