using ConnectorKit.Diagnostics;
using ConnectorKit.Hints;
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
    private static readonly KeyFix SetRequired = KeyFix.Set("required", true);

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(PropertyMustBeRequired), "An internal parameter with a default is not required.", Severity.Error);

    public bool CertificationOnly => false;

    public IReadOnlyList<KeyFix> Fixes => [SetRequired];

    public void Validate(ValidationContext context)
    {
        foreach (var parameter in SwaggerObjects.Parameters(context.Definition.Swagger))
        {
            var node = parameter.Node;
            if (!parameter.IsReference && node.Child("x-ms-visibility").StringOrNull() == "internal" && node.ContainsKey("default") && node.Child("required").BooleanOrNull() != true)
            {
                context.Report(SetRequired.At(parameter.Pointer), hint =>
                    $"The parameter '{node.Child("name").StringOrNull()}' is internal and has a default, but it is optional, so its default is never sent; {hint}.");
            }
        }
    }
}
