using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Security;

/// <summary>Each security requirement maps the scheme to a list of scopes; an empty list when no scope is needed.</summary>
public sealed class SecurityRequirementMustHaveValue : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(SecurityRequirementMustHaveValue), "A security requirement has no scope list.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var requirement in SecurityRequirements.All(context.Definition.Swagger))
        {
            if (requirement.Scopes is not JsonArray)
            {
                context.ReportSwagger(requirement.Pointer, $"The security requirement '{requirement.Name}' must map to a list of scopes; write [] when it needs none.");
            }
        }
    }
}
