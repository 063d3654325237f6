using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>An API key scheme names its key and where it goes; an OAuth scheme gives its flow, URLs and scopes.</summary>
public sealed class SecuritySchemePropertyRequired : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(SecuritySchemePropertyRequired), "A security scheme lacks a field its type requires.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var (name, node) in context.Definition.Swagger.SecurityDefinitions ?? [])
        {
            if (node is not System.Text.Json.Nodes.JsonObject scheme || scheme.Child("type").StringOrNull() is not { } type)
            {
                continue;
            }

            foreach (var field in SecuritySchemeFields.Required(scheme).Where(f => !scheme.ContainsKey(f)))
            {
                context.ReportSwagger(JsonPointer.Append("/securityDefinitions", name), $"The security scheme '{name}' of type '{type}' needs '{field}'.");
            }
        }
    }
}
