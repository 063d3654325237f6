using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Security;

/// <summary>Only OAuth has scopes: a requirement for a basic or API key scheme maps to an empty list.</summary>
public sealed class SecurityRequirementMustHaveEmptyValue : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(SecurityRequirementMustHaveEmptyValue), "A non-OAuth security requirement lists scopes.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var requirement in SecurityRequirements.All(context.Definition.Swagger))
        {
            if (requirement is { Scheme: { } scheme, Scopes: JsonArray { Count: > 0 } } && scheme.Child("type").StringOrNull() is { } type && type != "oauth2")
            {
                context.ReportSwagger(requirement.Pointer, $"The scheme '{requirement.Name}' is of type '{type}', which has no scopes; its requirement must be an empty list [].");
            }
        }
    }
}
