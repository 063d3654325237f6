using ConnectorKit.Diagnostics;
using ConnectorKit.Emitting;

namespace ConnectorKit.Packaging;

/// <summary>What the deployment commands of a package depend on.</summary>
public sealed record PackageFacts
{
    /// <summary>The environment and connector ids; null without <c>--environment</c>.</summary>
    public DeploymentTarget? Target { get; init; }

    /// <summary>The Dataverse solution pac adds the connector to, when the environment names one.</summary>
    public string? Solution { get; init; }

    public bool HasIcon { get; init; }

    public bool HasScript { get; init; }

    public required OAuthSecretNeed Secret { get; init; }

    /// <summary>The environment variable the OAuth client secret is read from.</summary>
    public required string SecretVariable { get; init; }

    /// <summary>Where a problem with the secret is reported: the model's authentication.</summary>
    public required SourcePosition SecretPosition { get; init; }

    /// <summary>The deploy folder's apiProperties.json leaves out stackOwner, which paconn cannot update.</summary>
    public bool StackOwnerRemoved { get; init; }
}
