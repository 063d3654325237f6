using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Import;

/// <summary>
/// Imports a path item that holds only <c>x-ms-notification-content</c> (no operation) as an entry of
/// <c>notifications:</c>: its description, schema (as <c>payload</c>) and headers.
/// </summary>
internal static class NotificationPathImporter
{
    /// <summary>The entry, or null when the path item has anything else or a content the entry cannot say.</summary>
    public static JsonObject? Import(JsonObject pathItem)
    {
        // The entry has no parameters: a content that lists some stays raw.
        if (pathItem.Count != 1 || pathItem.Child(WebhookShape.NotificationContent) is not JsonObject content
            || content.ContainsKey("parameters") || WebhookShape.ContentSchema(content) is not { } schema)
        {
            return null;
        }

        return new JsonObject()
            .Put("description", content.Child("description")?.DeepClone())
            .Put("payload", SchemaImporter.Import(schema))
            .Put("headers", content.Child("headers")?.DeepClone());
    }
}
