using ConnectorKit.Model;

namespace ConnectorKit.Loading;

/// <summary>
/// Reads <c>notifications:</c> entries (a path of only a notification content, in a trigger's words) and the texts of
/// an operation's notification content.
/// </summary>
internal static class NotificationPathReader
{
    internal static readonly string[] Keys = ["description", "payload", "headers"];

    /// <summary>The keys of an operation's notification content beside its <c>payload</c> (see <see cref="ReadTexts"/>).</summary>
    internal static readonly string[] TextKeys = ["notificationDescription", "notificationHeaders", "notificationParameters"];

    public static NotificationPathModel? Read(MappingEntry entry, LoadContext context)
    {
        var path = entry.Key.Text;
        var what = $"notification path '{path}'";
        if (MappingReader.Open(entry.Value, what, Keys, context, origin: entry.Key.Position) is not { } map)
        {
            return null;
        }

        // Read after the required check, so a missing payload is reported once; the other keys are still read.
        var payload = map.MappingNode("payload", required: true) is null ? null : SchemaReader.Read(map, "payload");
        var description = map.String("description");
        var headers = map.RawMapping("headers");
        return payload is null ? null : new NotificationPathModel
        {
            Path = path,
            Payload = payload,
            Description = description,
            Headers = headers,
            Position = map.Origin,
        };
    }

    /// <summary>
    /// <c>notificationDescription</c>, <c>notificationHeaders</c> and <c>notificationParameters</c>, of a webhook, a
    /// polling trigger or an action.
    /// </summary>
    public static NotificationTexts ReadTexts(MappingReader map, string operationId) => new()
    {
        Description = map.String("notificationDescription"),
        Described = !map.IsExplicitNull("notificationDescription"),
        Headers = map.RawMapping("notificationHeaders"),
        Parameters = map.Has("notificationParameters")
            ? OperationReader.ReadParameters(map, "notificationParameters", operationId)
            : null,
    };
}
