using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>An operation id names one operation; a second operation with the same id is reported where it is.</summary>
public sealed class OperationIdNotUnique : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationIdNotUnique), "Two operations share an operationId.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var operation in context.Definition.Swagger.Operations)
        {
            if (operation.OperationId is { } id && !first.TryAdd(id, operation.Method.ToUpperInvariant() + " " + operation.Path))
            {
                context.Report(DefinitionFileKind.ApiDefinition, JsonPointer.Append(operation.Pointer, "operationId"),
                    $"The operationId '{id}' is already used by {first[id]}; give each operation its own id.");
            }
        }
    }
}
