using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>
/// An internal parameter with a default is meant to be sent, but the platform only sends optional internal values
/// the user never sees when they are required: such a parameter must be marked required. The same situation in a
/// schema property is <see cref="InternalPropertyWithDefaultOptional"/>, a warning.
/// </summary>
public sealed class PropertyMustBeRequired : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(PropertyMustBeRequired), "An internal parameter with a default is not required.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var parameter in SwaggerObjects.Parameters(context.Definition.Swagger))
        {
            var node = parameter.Node;
            if (!parameter.IsReference && node.Child("x-ms-visibility").StringOrNull() == "internal" && node.ContainsKey("default") && node.Child("required").BooleanOrNull() != true)
            {
                context.ReportSwagger(parameter.Pointer, $"The parameter '{node.Child("name").StringOrNull()}' is internal and has a default, but it is optional, so its default is never sent; add \"required\": true.");
            }
        }
    }
}
