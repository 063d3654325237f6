using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Checking;

/// <summary>
/// CK2008: a webhook trigger names its unsubscribe operation; CK2009: that operation is a DELETE action, because the
/// platform removes a subscription by sending DELETE to the Location the subscribe call returned.
/// </summary>
public sealed class WebhookUnsubscribeCheck : IModelCheck
{
    public string Id => "webhook-unsubscribe";

    public void Check(ConnectorModel model, DiagnosticBag diagnostics)
    {
        var operations = model.OperationsById();
        foreach (var trigger in model.Triggers)
        {
            if (trigger.Webhook is not { } webhook)
            {
                continue;
            }

            var unsubscribe = webhook.Unsubscribe;
            if (string.IsNullOrWhiteSpace(unsubscribe.Name))
            {
                diagnostics.Add(
                    DiagnosticCodes.WebhookWithoutUnsubscribe,
                    unsubscribe.Position.IsKnown ? unsubscribe.Position : webhook.Position,
                    $"Webhook trigger '{trigger.Id}' names no 'unsubscribe' operation (a DELETE action).");
            }
            else if (operations.TryGetValue(unsubscribe.Name, out var target) && !IsDeleteAction(target))
            {
                diagnostics.Add(
                    DiagnosticCodes.UnsubscribeNotDelete,
                    unsubscribe.Position,
                    $"Unsubscribe operation '{target.Id}' of trigger '{trigger.Id}' is a {Describe(target)}, not a DELETE action.");
            }
        }
    }

    private static bool IsDeleteAction(OperationModel operation) =>
        operation is ActionModel action && string.Equals(action.Method, "delete", StringComparison.OrdinalIgnoreCase);

    private static string Describe(OperationModel operation) =>
        operation is ActionModel action ? action.Method.ToUpperInvariant() + " action" : "trigger";
}
