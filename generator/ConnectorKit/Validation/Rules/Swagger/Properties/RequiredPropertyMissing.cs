using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>
/// The fields Swagger 2.0 requires of each object: <c>info.title</c>, a response's <c>description</c>, a parameter's
/// <c>name</c> and <c>in</c>, and so on. A body parameter without <c>schema</c> is <see cref="Response.BodyParameterSchemaRequired"/>'s.
/// </summary>
public sealed class RequiredPropertyMissing : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(RequiredPropertyMissing), "A required Swagger field is missing.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var shaped in ShapedObjects.All(context.Definition.Swagger))
        {
            foreach (var field in shaped.Shape.RequiredFields)
            {
                if (!shaped.Node.ContainsKey(field) && !(shaped.Shape == SwaggerShapes.BodyParameter && field == "schema"))
                {
                    context.ReportSwagger(shaped.Pointer, $"This {shaped.Shape.Name} has no '{field}', which Swagger requires.");
                }
            }
        }
    }
}
