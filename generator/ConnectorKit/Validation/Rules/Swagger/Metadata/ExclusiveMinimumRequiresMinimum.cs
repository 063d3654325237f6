using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Metadata;

/// <summary><c>exclusiveMinimum</c> says whether <c>minimum</c> itself is allowed, so it needs a <c>minimum</c>.</summary>
public sealed class ExclusiveMinimumRequiresMinimum : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(ExclusiveMinimumRequiresMinimum), "'exclusiveMinimum' is set without 'minimum'.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var site in TypedSites.All(context.Definition.Swagger))
        {
            if (site.Node.ContainsKey("exclusiveMinimum") && !site.Node.ContainsKey("minimum"))
            {
                context.ReportSwagger(site.Member("exclusiveMinimum"), "'exclusiveMinimum' only qualifies a 'minimum'; add the 'minimum' or remove 'exclusiveMinimum'.");
            }
        }
    }
}
