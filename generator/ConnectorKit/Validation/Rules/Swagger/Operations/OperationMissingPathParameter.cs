using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>Each variable of an operation's path is filled by a 'path' parameter of the same name.</summary>
public sealed class OperationMissingPathParameter : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationMissingPathParameter), "A path variable has no matching path parameter.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var root = context.Definition.ApiDefinition;
        foreach (var operation in context.Definition.Swagger.Operations)
        {
            var pathParameters = OperationParameters.Effective(root, operation).Where(p => p.IsIn("path")).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var variable in PathTemplate.Variables(operation.Path).Distinct(StringComparer.Ordinal).Where(v => !pathParameters.Contains(v)))
            {
                context.Report(DefinitionFileKind.ApiDefinition, operation.Pointer,
                    $"Operation '{OperationLookup.DisplayName(operation)}' has no 'path' parameter named '{variable}', which its path '{operation.Path}' needs.");
            }
        }
    }
}
