using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Metadata;

/// <summary>
/// A text field Swagger requires (title, version, a parameter's name and location, a tag's name, ...) is present but
/// blank. A response's description is left out: an empty one is harmless and certified connectors have them.
/// </summary>
public sealed class RequiredValueEmpty : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(RequiredValueEmpty), "A required text field is empty.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var shaped in ShapedObjects.All(context.Definition.Swagger))
        {
            foreach (var field in shaped.Shape.RequiredFields.Where(f => shaped.Shape.Fields[f].Kinds == JsonKinds.String && f != "description"))
            {
                if (shaped.Node[field].StringOrNull() is { } value && string.IsNullOrWhiteSpace(value))
                {
                    context.ReportSwagger(shaped.Member(field), $"'{field}' is required and must not be empty.");
                }
            }
        }
    }
}
