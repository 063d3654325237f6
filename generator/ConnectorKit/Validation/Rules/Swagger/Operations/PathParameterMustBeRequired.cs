using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>A path cannot be built without its variables, so every 'path' parameter is <c>required: true</c>.</summary>
public sealed class PathParameterMustBeRequired : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(PathParameterMustBeRequired), "A path parameter is not marked required.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var parameter in SwaggerObjects.Parameters(context.Definition.Swagger).Where(p => !p.IsReference))
        {
            if (parameter.Node.Child("in").StringOrNull() == "path" && parameter.Node.Child("required").BooleanOrNull() != true)
            {
                var pointer = parameter.Node.ContainsKey("required") ? JsonPointer.Append(parameter.Pointer, "required") : parameter.Pointer;
                context.Report(DefinitionFileKind.ApiDefinition, pointer,
                    $"The 'path' parameter '{parameter.Node.Child("name").StringOrNull()}' must have 'required: true': the path cannot be built without it.");
            }
        }
    }
}
