using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>A path is appended to the base path, so it starts with '/'.</summary>
public sealed class OperationPathMustStartWithSlash : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationPathMustStartWithSlash), "A path does not start with '/'.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context) =>
        PathRule.Check(context, path => path.StartsWith('/') ? null : $"The path '{path}' must start with '/'.");
}
