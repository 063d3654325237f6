using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>Each '{' opens a path variable that a '}' closes within the same segment; stray braces must be percent-encoded.</summary>
public sealed class OperationPathTemplateNotValid : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationPathTemplateNotValid), "A path template has unbalanced braces or a variable across segments.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context) =>
        PathRule.Check(context, path => PathTemplate.IsWellFormed(path)
            ? null
            : $"The path '{path}' is not a valid template: every '{{' must be closed by '}}' within the same segment; write '%7B' and '%7D' for literal braces.");
}
