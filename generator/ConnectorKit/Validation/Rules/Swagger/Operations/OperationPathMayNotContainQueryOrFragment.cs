using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>A path is only the path: queries are query parameters, and a literal '?' or '#' must be percent-encoded.</summary>
public sealed class OperationPathMayNotContainQueryOrFragment : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationPathMayNotContainQueryOrFragment), "A path contains a query or fragment.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context) =>
        PathRule.Check(context, path => path.IndexOfAny(['?', '#']) >= 0
            ? $"The path '{path}' contains '?' or '#'; declare query values as 'query' parameters, or write '%3F' and '%23' for literal characters."
            : null);
}
