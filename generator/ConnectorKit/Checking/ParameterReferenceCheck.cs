using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Checking;

/// <summary>
/// CK2004: an operation's parameter lists (its own, its path item's, its notification content's) name only reusable
/// parameters that are defined.
/// </summary>
public sealed class ParameterReferenceCheck : IModelCheck
{
    public string Id => "parameter-references";

    public void Check(ConnectorModel model, DiagnosticBag diagnostics)
    {
        var keys = model.Parameters.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var operation in model.Operations)
        {
            var listed = operation.Parameters.Concat(operation.PathItemParameters).Concat(operation.NotificationTexts?.Parameters ?? []);
            foreach (var reference in listed.Select(p => p.Reference).OfType<ModelReference>())
            {
                if (!keys.Contains(reference.Name))
                {
                    diagnostics.Add(
                        DiagnosticCodes.UnknownParameter,
                        reference.Position,
                        $"Operation '{operation.Id}' lists parameter '{reference.Name}', which is not defined under 'parameters'.{Suggestions.DidYouMean(reference.Name, keys.Order(StringComparer.Ordinal))}");
                }
            }
        }
    }
}
