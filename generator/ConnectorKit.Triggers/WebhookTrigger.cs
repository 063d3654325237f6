using System.Text.Json.Nodes;
using ConnectorKit.Conformance;
using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.Triggers;

/// <summary>
/// A webhook trigger of a connector, as Power Automate sees it: the subscribe operation, its body schema, the body
/// property that takes the callback URL (<c>x-ms-notification-url</c>, at any depth) and the notification schema.
/// </summary>
public sealed class WebhookTrigger
{
    private WebhookTrigger(SwaggerDocument swagger, OperationView operation, JsonObject? bodyParameter, JsonObject? bodySchema, IReadOnlyList<string> callbackPath)
    {
        Swagger = swagger;
        Operation = operation;
        BodyParameter = bodyParameter;
        BodySchema = bodySchema;
        CallbackPath = callbackPath;
    }

    public SwaggerDocument Swagger { get; }

    public OperationView Operation { get; }

    public string OperationId => Operation.OperationId!;

    public JsonObject? BodyParameter { get; }

    /// <summary>The schema of the subscribe body, after its reference.</summary>
    public JsonObject? BodySchema { get; }

    /// <summary>The property names from the body's root to the property marked x-ms-notification-url.</summary>
    public IReadOnlyList<string> CallbackPath { get; }

    public JsonNode? NotificationSchema => OperationSchemas.Notification(Operation);

    /// <summary>The trigger with this operationId, or the reason there is none.</summary>
    public static (WebhookTrigger? Trigger, string? Problem) Find(ConnectorDefinition definition, string operationId)
    {
        var swagger = definition.Swagger;
        var operations = swagger.Operations.ToList();
        if (operations.FirstOrDefault(o => o.OperationId == operationId) is not { OperationId: not null } operation)
        {
            var webhooks = operations.Where(o => o.IsWebhookTrigger).Select(o => o.OperationId).OfType<string>().ToList();
            return (null, $"The connector has no operation '{operationId}'. Its webhook triggers: {(webhooks.Count == 0 ? "none" : string.Join(", ", webhooks))}.");
        }

        if (!operation.IsWebhookTrigger)
        {
            return (null, operation.IsTrigger
                ? $"{operationId} is a polling trigger: it has no body property marked x-ms-notification-url, so nothing can subscribe to it."
                : $"{operationId} is an action, not a trigger (it has no x-ms-trigger).");
        }

        var bodyParameter = OperationSchemas.BodyParameter(swagger, operation);
        var bodySchema = SchemaWalk.Resolve(swagger, bodyParameter.Child("schema"));
        var callbackPath = SchemaWalk.FindNotificationUrl(swagger, bodySchema);
        if (callbackPath is null)
        {
            return (null, $"{operationId} marks a callback URL outside its body schema's properties; the harness cannot place the callback URL.");
        }

        return (new WebhookTrigger(swagger, operation, bodyParameter, bodySchema, callbackPath), null);
    }
}
