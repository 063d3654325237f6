using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Import;

/// <summary>
/// Imports a path item that holds only <c>x-ms-notification-content</c> (no operation) as an entry of
/// <c>notifications:</c>: its description, schema (as <c>payload</c>) and headers.
/// </summary>
internal static class NotificationPathImporter
{
    private const string NotificationContent = "x-ms-notification-content";

    /// <summary>The entry, or null when the path item has anything else or a content the entry cannot say.</summary>
    public static JsonObject? Import(JsonObject pathItem)
    {
        if (pathItem.Count != 1 || pathItem.Child(NotificationContent) is not JsonObject content
            || content.Any(p => p.Key is not ("description" or "schema" or "headers"))
            || content.Child("schema") is not JsonObject schema
            || (content.ContainsKey("description") && content.Child("description").Text() is null)
            || (content.ContainsKey("headers") && content.Child("headers") is not JsonObject))
        {
            return null;
        }

        return new JsonObject()
            .Put("description", content.Child("description")?.DeepClone())
            .Put("payload", SchemaImporter.Import(schema))
            .Put("headers", content.Child("headers")?.DeepClone());
    }
}
