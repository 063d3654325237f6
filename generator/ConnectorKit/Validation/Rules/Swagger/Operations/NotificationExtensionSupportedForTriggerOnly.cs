using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary><c>x-ms-notification</c> links a trigger to the webhook that feeds it; actions cannot carry it.</summary>
public sealed class NotificationExtensionSupportedForTriggerOnly : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(NotificationExtensionSupportedForTriggerOnly), "An action carries 'x-ms-notification'.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var operation in context.Definition.Swagger.Operations.Where(o => o.Node.ContainsKey(WebhookInputs.Notification) && !o.IsTrigger))
        {
            context.Report(DefinitionFileKind.ApiDefinition, JsonPointer.Append(operation.Pointer, WebhookInputs.Notification),
                $"Operation '{OperationLookup.DisplayName(operation)}' is not a trigger, so it cannot use '{WebhookInputs.Notification}'; remove it or add 'x-ms-trigger'.");
        }
    }
}
