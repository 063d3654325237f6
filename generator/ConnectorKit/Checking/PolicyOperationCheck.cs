using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Checking;

/// <summary>CK2010: the operations a policy applies to are defined.</summary>
public sealed class PolicyOperationCheck : IModelCheck
{
    public string Id => "policy-operations";

    public void Check(ConnectorModel model, DiagnosticBag diagnostics)
    {
        var ids = model.Operations.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var policy in model.Policies)
        {
            foreach (var reference in policy.Operations.Where(r => !ids.Contains(r.Name)))
            {
                diagnostics.Add(
                    DiagnosticCodes.PolicyUnknownOperation,
                    reference.Position,
                    $"Policy '{policy.Title ?? policy.TemplateId}' applies to operation '{reference.Name}', which is not defined.{Suggestions.DidYouMean(reference.Name, ids.Order(StringComparer.Ordinal))}");
            }
        }
    }
}
