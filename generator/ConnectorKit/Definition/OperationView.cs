using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Definition;

/// <summary>One operation of a Swagger document with its path, method, path item and JSON pointer.</summary>
public readonly record struct OperationView(string Path, string Method, JsonObject PathItem, JsonObject Node, string Pointer)
{
    private const string NotificationContentKey = "x-ms-notification-content";

    public string? OperationId => Node.Child("operationId").StringOrNull();

    public string? Summary => Node.Child("summary").StringOrNull();

    public string? Description => Node.Child("description").StringOrNull();

    public string? Visibility => Node.Child("x-ms-visibility").StringOrNull();

    /// <summary><c>single</c> or <c>batch</c> for a trigger, null for an action.</summary>
    public string? TriggerKind => Node.Child("x-ms-trigger").StringOrNull();

    public bool IsTrigger => TriggerKind is not null;

    /// <summary>A webhook trigger: the platform subscribes with a callback URL (a body property marked x-ms-notification-url).</summary>
    public bool IsWebhookTrigger => IsTrigger && ContainsNotificationUrl(Node.Child("parameters"));

    /// <summary>
    /// A trigger's <c>x-ms-notification-content</c>: on the operation, else on its path item, where the generator and
    /// Microsoft's webhook samples write it. Null for an action and for a trigger without one.
    /// </summary>
    public JsonNode? NotificationContent => IsTrigger ? Node.Child(NotificationContentKey) ?? PathItem.Child(NotificationContentKey) : null;

    public bool IsDeprecated => Node.Child("deprecated").BooleanOrNull() == true;

    public JsonArray Parameters => Node.Child("parameters").ArrayOrNull() ?? [];

    public JsonObject Responses => Node.Child("responses").ObjectOrNull() ?? [];

    public JsonObject? ApiAnnotation => Node.Child("x-ms-api-annotation").ObjectOrNull();

    private static bool ContainsNotificationUrl(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Any(p => (p.Key == "x-ms-notification-url" && p.Value.BooleanOrNull() == true) || ContainsNotificationUrl(p.Value)),
        JsonArray array => array.Any(ContainsNotificationUrl),
        _ => false,
    };
}
