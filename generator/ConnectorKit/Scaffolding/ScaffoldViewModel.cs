namespace ConnectorKit.Scaffolding;

/// <summary>
/// What the init templates print, computed: YAML-quoted where text goes into YAML, Markdown blocks already indented for
/// their block scalar, the auth section already rendered from its own template.
/// </summary>
public sealed record ScaffoldViewModel
{
    public required string Name { get; init; }

    public required string NameYaml { get; init; }

    public required string DescriptionYaml { get; init; }

    public required string SignInYaml { get; init; }

    public required string Host { get; init; }

    /// <summary>The domain of the service's pages (the host without a leading "api.").</summary>
    public required string Domain { get; init; }

    public required string PublisherYaml { get; init; }

    public required string BrandColor { get; init; }

    public required string Capabilities { get; init; }

    /// <summary>The rendered auth section; empty without auth.</summary>
    public required string Auth { get; init; }

    public required bool Webhook { get; init; }

    public required bool Polling { get; init; }

    public required bool Script { get; init; }

    public required string Prerequisites { get; init; }

    /// <summary>Empty when a connection asks for nothing.</summary>
    public required string Credentials { get; init; }

    public required string KnownIssues { get; init; }
}
