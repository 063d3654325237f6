using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>A parameter is identified by its name and location; an operation defines each such pair once.</summary>
public sealed class OperationParametersContainDuplicateParameter : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationParametersContainDuplicateParameter),
        "An operation has two parameters with the same name and location.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var root = context.Definition.ApiDefinition;
        foreach (var operation in context.Definition.Swagger.Operations)
        {
            foreach (var (repeat, _) in ParameterLists.SameNameAndLocation(OperationParameters.Declared(root, operation)))
            {
                context.Report(DefinitionFileKind.ApiDefinition, repeat.Pointer,
                    $"Operation '{OperationLookup.DisplayName(operation)}' already has a parameter named '{repeat.Name}' in '{repeat.In}'; rename or remove one.");
            }
        }
    }
}
