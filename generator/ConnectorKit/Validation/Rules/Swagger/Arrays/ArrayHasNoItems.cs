using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Arrays;

/// <summary>An array type must say what its elements are.</summary>
public sealed class ArrayHasNoItems : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(ArrayHasNoItems), "An array type does not define its items.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var site in TypedSites.All(context.Definition.Swagger))
        {
            if (site.Type == "array" && !site.Node.ContainsKey("items"))
            {
                context.ReportSwagger(site.Member("type"), "This array has no 'items'; add an 'items' definition describing its elements.");
            }
        }
    }
}
