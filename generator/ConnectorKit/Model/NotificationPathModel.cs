using ConnectorKit.Diagnostics;

namespace ConnectorKit.Model;

/// <summary>
/// A path item that holds only <c>x-ms-notification-content</c>, no operation: what a service posts to a callback URL,
/// described at a path of its own (section <c>notifications:</c>, keyed by path).
/// </summary>
public sealed record NotificationPathModel
{
    public required string Path { get; init; }

    /// <summary>The schema of what is posted (the content's <c>schema</c>), in Swagger's words.</summary>
    public required RawJson Payload { get; init; }

    /// <summary>The content's description; null writes none (there is no operation summary to default to).</summary>
    public string? Description { get; init; }

    /// <summary>The headers sent with a notification, as Swagger writes them.</summary>
    public RawJson? Headers { get; init; }

    public required SourcePosition Position { get; init; }
}
