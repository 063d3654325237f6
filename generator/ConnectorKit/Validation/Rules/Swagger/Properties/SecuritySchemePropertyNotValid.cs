using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>
/// A security scheme carries only the fields of its type: no <c>name</c> on basic, no <c>tokenUrl</c> on an implicit
/// OAuth flow, and so on. Extensions (<c>x-...</c>) are always allowed.
/// </summary>
public sealed class SecuritySchemePropertyNotValid : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(SecuritySchemePropertyNotValid), "A security scheme has a field its type does not take.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var (name, node) in context.Definition.Swagger.SecurityDefinitions ?? [])
        {
            if (node is not System.Text.Json.Nodes.JsonObject scheme)
            {
                continue;
            }

            var allowed = SecuritySchemeFields.Allowed(scheme);
            var type = scheme.Child("type").StringOrNull();
            foreach (var (key, _) in scheme)
            {
                if (!key.StartsWith("x-", StringComparison.Ordinal) && SwaggerShapes.SecurityScheme.Fields.ContainsKey(key) && !allowed.Contains(key))
                {
                    var kind = type == "oauth2" ? $"oauth2 with flow '{scheme.Child("flow").StringOrNull()}'" : type;
                    context.ReportSwagger(JsonPointer.Append(JsonPointer.Append("/securityDefinitions", name), key), $"The field '{key}' does not apply to a security scheme of type {kind}; remove it.");
                }
            }
        }
    }
}
