using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Checking;

/// <summary>
/// CK2019: an operation has at most one body parameter. A webhook trigger's subscribe body is generated from its
/// filters, so any body parameter it lists is one too many.
/// </summary>
public sealed class BodyParameterCountCheck : IModelCheck
{
    public string Id => "body-parameters";

    public void Check(ConnectorModel model, DiagnosticBag diagnostics)
    {
        var reusable = model.ReusableParametersByKey();
        foreach (var operation in model.Operations)
        {
            var generatedBody = operation is TriggerModel { Webhook: not null };
            var bodies = operation.ResolvedParameters(reusable).Where(p => p.Parameter.IsIn("body"));
            foreach (var (parameter, position) in bodies.Skip(generatedBody ? 0 : 1))
            {
                var reason = generatedBody
                    ? "webhook trigger '" + operation.Id + "' already has the generated subscribe body; put its properties under 'filters'"
                    : "operation '" + operation.Id + "' already has a body parameter";
                diagnostics.Add(
                    DiagnosticCodes.MultipleBodyParameters,
                    position,
                    $"Body parameter '{parameter.Name}' is one too many: {reason}.");
            }
        }
    }
}
