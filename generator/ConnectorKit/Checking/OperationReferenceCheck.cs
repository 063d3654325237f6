using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Checking;

/// <summary>
/// CK2003: pickers (on parameters and webhook filters), dynamic schemas and webhook unsubscribe name operations that
/// exist. An empty unsubscribe is CK2008's finding, not this one.
/// </summary>
public sealed class OperationReferenceCheck : IModelCheck
{
    public string Id => "operation-references";

    public void Check(ConnectorModel model, DiagnosticBag diagnostics)
    {
        var ids = model.Operations.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (reference, usage) in References(model))
        {
            if (reference.Name.Length > 0 && !ids.Contains(reference.Name))
            {
                diagnostics.Add(
                    DiagnosticCodes.UnknownOperation,
                    reference.Position,
                    $"{usage} names operation '{reference.Name}', which is not defined.{Suggestions.DidYouMean(reference.Name, ids.Order(StringComparer.Ordinal))}");
            }
        }
    }

    private static IEnumerable<(ModelReference Reference, string Usage)> References(ConnectorModel model)
    {
        foreach (var parameter in model.AllParameterDefinitions())
        {
            if (parameter.Picker is { } picker)
            {
                yield return (picker.Operation, $"The picker of parameter '{parameter.Name}'");
            }

            if (parameter.DynamicSchema is { } dynamicSchema)
            {
                yield return (dynamicSchema.Operation, $"The dynamic schema of parameter '{parameter.Name}'");
            }
        }

        foreach (var trigger in model.Triggers)
        {
            foreach (var filter in trigger.Filters)
            {
                if (filter.Picker is { } picker)
                {
                    yield return (picker.Operation, $"The picker of filter '{filter.Name}'");
                }
            }

            if (trigger.Webhook is { } webhook)
            {
                yield return (webhook.Unsubscribe, $"The unsubscribe of trigger '{trigger.Id}'");
            }
        }
    }
}
