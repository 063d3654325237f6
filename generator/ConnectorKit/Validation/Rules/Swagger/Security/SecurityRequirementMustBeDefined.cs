using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Security;

/// <summary>A security requirement names a scheme of <c>securityDefinitions</c>.</summary>
public sealed class SecurityRequirementMustBeDefined : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(SecurityRequirementMustBeDefined), "A security requirement names an undefined scheme.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var requirement in SecurityRequirements.All(context.Definition.Swagger))
        {
            if (requirement.Scheme is null)
            {
                context.ReportSwagger(requirement.Pointer, $"The security requirement names '{requirement.Name}', which 'securityDefinitions' does not define.");
            }
        }
    }
}
