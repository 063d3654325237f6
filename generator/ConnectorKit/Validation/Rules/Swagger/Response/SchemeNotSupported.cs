using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Response;

/// <summary>Connectors speak HTTP(S) only: Swagger's WebSocket schemes are not supported.</summary>
public sealed class SchemeNotSupported : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(SchemeNotSupported), "A WebSocket scheme is listed.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var (scheme, pointer) in SchemeEntries.All(context.Definition.Swagger))
        {
            if (scheme is "ws" or "wss")
            {
                context.ReportSwagger(pointer, $"The WebSocket scheme '{scheme}' is not supported; connectors call their service over \"https\" (or \"http\").");
            }
        }
    }
}
