namespace ConnectorKit.Scaffolding;

/// <summary>What <c>connectorkit init</c> was asked for.</summary>
public sealed record ScaffoldOptions
{
    /// <summary>The connector's title, such as "Contoso Orders".</summary>
    public required string Name { get; init; }

    public ScaffoldAuth Auth { get; init; } = ScaffoldAuth.None;

    public bool Webhook { get; init; }

    public bool Polling { get; init; }

    public bool Script { get; init; }

    /// <summary>The API's host; the documentation domain when not given.</summary>
    public string Host { get; init; } = "api.example.com";

    /// <summary>Who publishes the connector; the first word of the name when not given.</summary>
    public string? Publisher { get; init; }
}
