using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>The operation <c>x-ms-notification</c> names registers a webhook (has an <c>x-ms-notification-url</c> input).</summary>
public sealed class NotificationOperationMustBeWebhook : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(NotificationOperationMustBeWebhook),
        "'x-ms-notification' names an operation that is not a webhook.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var root = context.Definition.ApiDefinition;
        var byId = OperationLookup.ById(context.Definition.Swagger);
        foreach (var operation in context.Definition.Swagger.Operations)
        {
            // An id that names no operation is OperationIdNotFound.
            if (operation.Node[WebhookInputs.Notification].Child("operationId").StringOrNull() is { } id && byId.TryGetValue(id, out var target) && !WebhookInputs.IsWebhook(root, target))
            {
                context.Report(DefinitionFileKind.ApiDefinition, JsonPointer.Append(JsonPointer.Append(operation.Pointer, WebhookInputs.Notification), "operationId"),
                    $"'{WebhookInputs.Notification}' of '{OperationLookup.DisplayName(operation)}' names '{id}', which is not a webhook operation (no input marked '{WebhookInputs.NotificationUrl}: true').");
            }
        }
    }
}
