using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>Flows, apps and policies address an operation by its id, so every operation has a non-empty one.</summary>
public sealed class OperationIdRequired : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationIdRequired), "An operation has no operationId.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var operation in context.Definition.Swagger.Operations.Where(o => string.IsNullOrWhiteSpace(o.OperationId)))
        {
            var pointer = operation.Node.ContainsKey("operationId") ? JsonPointer.Append(operation.Pointer, "operationId") : operation.Pointer;
            context.Report(DefinitionFileKind.ApiDefinition, pointer,
                $"Operation '{OperationLookup.DisplayName(operation)}' needs an 'operationId': flows and apps call operations by it.");
        }
    }
}
