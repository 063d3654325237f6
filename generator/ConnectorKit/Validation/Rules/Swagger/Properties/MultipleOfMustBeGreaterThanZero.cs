using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary><c>multipleOf</c> divides the value, so it must be positive.</summary>
public sealed class MultipleOfMustBeGreaterThanZero : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(MultipleOfMustBeGreaterThanZero), "A 'multipleOf' value is not greater than zero.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var site in TypedSites.All(context.Definition.Swagger))
        {
            if (JsonKindOf.Number(site.Node.Child("multipleOf")) is <= 0)
            {
                context.ReportSwagger(site.Member("multipleOf"), "'multipleOf' must be a number greater than zero.");
            }
        }
    }
}
