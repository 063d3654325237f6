using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>Paths are templates, not patterns: the wildcard '*' is not supported.</summary>
public sealed class OperationPathContainsUnsupportedCharacters : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationPathContainsUnsupportedCharacters), "A path contains the wildcard '*'.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context) =>
        PathRule.Check(context, path => path.Contains('*', StringComparison.Ordinal)
            ? $"The path '{path}' contains '*', which paths do not support; use a path variable such as '{{name}}' instead."
            : null);
}
