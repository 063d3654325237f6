using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Checking;

/// <summary>CK2016: the operations the custom code script handles are defined.</summary>
public sealed class ScriptOperationCheck : IModelCheck
{
    public string Id => "script-operations";

    public void Check(ConnectorModel model, DiagnosticBag diagnostics)
    {
        if (model.Script is not { } script)
        {
            return;
        }

        var ids = model.Operations.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var reference in script.Operations.Where(r => !ids.Contains(r.Name)))
        {
            diagnostics.Add(
                DiagnosticCodes.ScriptOperationUnknown,
                reference.Position,
                $"The script handles operation '{reference.Name}', which is not defined.{Suggestions.DidYouMean(reference.Name, ids.Order(StringComparer.Ordinal))}");
        }
    }
}
