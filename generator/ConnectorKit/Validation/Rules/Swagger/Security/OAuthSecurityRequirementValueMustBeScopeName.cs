using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Security;

/// <summary>The scopes an OAuth requirement lists are scopes its scheme declares under <c>scopes</c>.</summary>
public sealed class OAuthSecurityRequirementValueMustBeScopeName : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OAuthSecurityRequirementValueMustBeScopeName), "An OAuth requirement lists an undeclared scope.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var requirement in SecurityRequirements.All(context.Definition.Swagger))
        {
            if (requirement is not { Scheme: { } scheme, Scopes: JsonArray scopes } || scheme.Child("type").StringOrNull() != "oauth2")
            {
                continue;
            }

            var declared = scheme.Child("scopes") as JsonObject;
            for (var index = 0; index < scopes.Count; index++)
            {
                if (scopes[index].StringOrNull() is { } scope && declared?.ContainsKey(scope) != true)
                {
                    context.ReportSwagger(JsonPointer.Append(requirement.Pointer, index), $"The scope '{scope}' is not declared in the 'scopes' of security scheme '{requirement.Name}'; declare it there or remove it here.");
                }
            }
        }
    }
}
