using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Webhooks;

/// <summary>
/// A connector with webhook triggers has a DELETE operation: the platform removes a flow's subscription by sending
/// DELETE to the URL the subscribe call returned, and the operation documents that call.
/// </summary>
public sealed class CkWebhookDeleteMissing : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkWebhookDeleteMissing), "The connector has webhook triggers but no DELETE operation to unsubscribe.", Severity.Warning);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var operations = context.Definition.Swagger.Operations.ToList();
        if (operations.Any(o => o.Method == "delete"))
        {
            return;
        }

        foreach (var trigger in operations.Where(o => o.IsWebhookTrigger))
        {
            context.Report(DefinitionFileKind.ApiDefinition, trigger.Pointer,
                $"The webhook trigger {trigger.OperationId ?? trigger.Path} subscribes, but the connector has no DELETE operation to unsubscribe with; add one, with {context.Terms.Settings(DefinitionFileKind.ApiDefinition, ("x-ms-visibility", "internal"))}.");
        }
    }
}
