using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>Every operation describes at least one response.</summary>
public sealed class OperationMustHaveResponse : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationMustHaveResponse), "An operation defines no response.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var operation in context.Definition.Swagger.Operations.Where(o => o.Responses.Count == 0))
        {
            var pointer = operation.Node.ContainsKey("responses") ? JsonPointer.Append(operation.Pointer, "responses") : operation.Pointer;
            context.Report(DefinitionFileKind.ApiDefinition, pointer,
                $"Operation '{OperationLookup.DisplayName(operation)}' defines no response; describe at least the successful one under 'responses'.");
        }
    }
}
