using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Operations.Support;

/// <summary>
/// Webhook registrations: operations with an input marked <c>x-ms-notification-url: true</c> (where the platform puts
/// its callback URL), found through <c>$ref</c>s too, unlike <see cref="OperationView.IsWebhookTrigger"/>.
/// </summary>
internal static class WebhookInputs
{
    public const string NotificationUrl = "x-ms-notification-url";
    public const string Notification = "x-ms-notification";

    public static IEnumerable<SchemaSite> NotificationUrlInputs(JsonObject root, OperationView operation) =>
        OperationSchemas.Of(root, operation).Where(s => s.Role == SchemaRole.Input && s.Node[NotificationUrl].BooleanOrNull() == true);

    public static bool IsWebhook(JsonObject root, OperationView operation) => NotificationUrlInputs(root, operation).Any();
}
