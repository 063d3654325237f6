using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Metadata;

/// <summary><c>exclusiveMaximum</c> says whether <c>maximum</c> itself is allowed, so it needs a <c>maximum</c>.</summary>
public sealed class ExclusiveMaximumRequiresMaximum : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(ExclusiveMaximumRequiresMaximum), "'exclusiveMaximum' is set without 'maximum'.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var site in TypedSites.All(context.Definition.Swagger))
        {
            if (site.Node.ContainsKey("exclusiveMaximum") && !site.Node.ContainsKey("maximum"))
            {
                context.ReportSwagger(site.Member("exclusiveMaximum"), "'exclusiveMaximum' only qualifies a 'maximum'; add the 'maximum' or remove 'exclusiveMaximum'.");
            }
        }
    }
}
