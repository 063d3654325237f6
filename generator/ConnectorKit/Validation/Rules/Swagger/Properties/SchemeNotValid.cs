using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>
/// <c>schemes</c> lists transfer protocols Swagger knows. WebSocket values are Swagger's but not the platform's: they are
/// <see cref="Response.SchemeNotSupported"/>, not this rule.
/// </summary>
public sealed class SchemeNotValid : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(SchemeNotValid), "A 'schemes' entry is not a known protocol.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var (scheme, pointer) in SchemeEntries.All(context.Definition.Swagger))
        {
            if (scheme is not ("http" or "https" or "ws" or "wss"))
            {
                context.ReportSwagger(pointer, $"'{scheme}' is not a transfer protocol; 'schemes' takes \"http\" and \"https\".");
            }
        }
    }
}
