using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// A trigger that describes a webhook payload (<c>x-ms-notification-content</c>, on the operation or on its path item)
/// registers a callback, so one of its inputs must receive the callback URL (<c>x-ms-notification-url: true</c>).
/// </summary>
public sealed class WebhookOperationsMissingNotificationUrlProperty : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(WebhookOperationsMissingNotificationUrlProperty),
        "A webhook trigger has no input for the notification URL.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var root = context.Definition.ApiDefinition;
        foreach (var operation in context.Definition.Swagger.Operations)
        {
            if (operation.NotificationContent is not null && !WebhookInputs.IsWebhook(root, operation))
            {
                context.Report(DefinitionFileKind.ApiDefinition, operation.Pointer,
                    $"Webhook trigger '{OperationLookup.DisplayName(operation)}' has no input marked '{WebhookInputs.NotificationUrl}: true'; mark the property that receives the callback URL.");
            }
        }
    }
}
