using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// <c>x-ms-notification</c> points a trigger at a webhook operation; a webhook operation registers the callback
/// itself and does not point elsewhere.
/// </summary>
public sealed class NotificationExtensionNotSupportedInWebhookOperation : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(NotificationExtensionNotSupportedInWebhookOperation),
        "A webhook operation carries 'x-ms-notification'.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var root = context.Definition.ApiDefinition;
        foreach (var operation in context.Definition.Swagger.Operations.Where(o => o.Node.ContainsKey(WebhookInputs.Notification)))
        {
            if (WebhookInputs.IsWebhook(root, operation))
            {
                context.Report(DefinitionFileKind.ApiDefinition, JsonPointer.Append(operation.Pointer, WebhookInputs.Notification),
                    $"Operation '{OperationLookup.DisplayName(operation)}' registers a webhook itself ('{WebhookInputs.NotificationUrl}'), so it cannot also use '{WebhookInputs.Notification}'.");
            }
        }
    }
}
