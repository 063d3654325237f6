using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary><c>basePath</c> is appended to the host, so it must be an absolute path.</summary>
public sealed class BasePathNotValid : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(BasePathNotValid), "The 'basePath' does not start with '/'.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        if (context.Definition.Swagger.BasePath is { } basePath && !basePath.StartsWith('/'))
        {
            context.ReportSwagger("/basePath", $"The base path '{basePath}' must start with '/', as in '/api'; put the host name in 'host'.");
        }
    }
}
