using ConnectorKit.Model;

namespace ConnectorKit.Loading;

/// <summary>Reads <c>notifications:</c> entries: a path of only a notification content, in a trigger's words.</summary>
internal static class NotificationPathReader
{
    internal static readonly string[] Keys = ["description", "payload", "headers"];

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
}
