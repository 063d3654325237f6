using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Checking;

/// <summary>CK2001: operation ids are unique across actions and triggers; reported at the later definition.</summary>
public sealed class DuplicateOperationIdCheck : IModelCheck
{
    public string Id => "duplicate-operation-ids";

    public void Check(ConnectorModel model, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, OperationModel>(StringComparer.Ordinal);
        foreach (var operation in model.Operations)
        {
            if (!first.TryAdd(operation.Id, operation))
            {
                var original = first[operation.Id];
                diagnostics.Add(
                    DiagnosticCodes.DuplicateOperationId,
                    operation.Position,
                    $"Operation id '{operation.Id}' of this {operation.Kind()} is already used by the {original.Kind()} at {original.Position}.");
            }
        }
    }
}
