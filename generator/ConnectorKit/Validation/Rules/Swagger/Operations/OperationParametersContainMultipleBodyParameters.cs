using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>A request has one body, so an operation has at most one 'body' parameter.</summary>
public sealed class OperationParametersContainMultipleBodyParameters : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationParametersContainMultipleBodyParameters), "An operation has more than one body parameter.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var root = context.Definition.ApiDefinition;
        foreach (var operation in context.Definition.Swagger.Operations)
        {
            foreach (var extra in ParameterLists.ExtraBodies(OperationParameters.Declared(root, operation)))
            {
                context.Report(DefinitionFileKind.ApiDefinition, extra.Pointer,
                    $"Operation '{OperationLookup.DisplayName(operation)}' already has a 'body' parameter; '{extra.Name}' is a second one. Combine them into one body schema.");
            }
        }
    }
}
