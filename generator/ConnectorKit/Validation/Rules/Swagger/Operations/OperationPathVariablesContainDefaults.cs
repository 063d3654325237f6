using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>A path variable is only a name; defaults such as <c>{id=1}</c> belong in the parameter's <c>default</c>.</summary>
public sealed class OperationPathVariablesContainDefaults : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationPathVariablesContainDefaults), "A path variable sets a default with '='.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context) =>
        PathRule.Check(context, path => PathTemplate.Variables(path).FirstOrDefault(v => v.Contains('=', StringComparison.Ordinal)) is { } variable
            ? $"The path variable '{{{variable}}}' in '{path}' sets a default with '='; keep only the name and give the parameter a 'default'."
            : null);
}
