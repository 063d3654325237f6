using ConnectorKit.Diagnostics;

namespace ConnectorKit.Environments;

/// <summary>
/// One deployment environment of a connector (<c>environments/NAME.yaml</c> in the model folder): what differs from
/// the model there (host, OAuth client id and resource, a title suffix, the brand colour) and where the connector
/// lives in Power Platform (the environment id, and the connector id once it was created). Every value is optional
/// but the environment id; none is a secret.
/// </summary>
public sealed record EnvironmentOverlay
{
    /// <summary>The name: the file name without its extension (dev, test, prod).</summary>
    public required string Name { get; init; }

    /// <summary>The file it was read from, for messages.</summary>
    public required string File { get; init; }

    /// <summary>The Power Platform environment id (a GUID): paconn's <c>environment</c>, pac's <c>--environment</c>.</summary>
    public required OverlayValue EnvironmentId { get; init; }

    /// <summary>The custom connector's id in that environment, once <c>create</c> made it: paconn's <c>connectorId</c>.</summary>
    public OverlayValue? ConnectorId { get; init; }

    public OverlayValue? Host { get; init; }

    public OverlayValue? TitleSuffix { get; init; }

    public OverlayValue? BrandColor { get; init; }

    public OverlayValue? ClientId { get; init; }

    /// <summary>The Microsoft Entra ID resource the OAuth sign-in asks a token for (<c>customParameters.resourceUri</c>).</summary>
    public OverlayValue? Resource { get; init; }

    /// <summary>The environment variable holding the OAuth client secret for this environment's deployment commands.</summary>
    public OverlayValue? ClientSecretVariable { get; init; }

    /// <summary>The Dataverse solution <c>pac connector create</c> adds the connector to.</summary>
    public OverlayValue? Solution { get; init; }

    /// <summary>The environment id is the all-zero GUID the examples use: the commands would reach no environment.</summary>
    public bool HasPlaceholderEnvironmentId => Guid.TryParse(EnvironmentId.Text, out var id) && id == Guid.Empty;
}

/// <summary>A value of an environment file with where it was written.</summary>
public sealed record OverlayValue(string Text, SourcePosition Position);
