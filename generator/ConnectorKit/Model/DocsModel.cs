using ConnectorKit.Diagnostics;

namespace ConnectorKit.Model;

/// <summary>
/// The <c>docs:</c> section: the parts of the connector's readme only its author can write (Markdown), and where
/// <c>generate</c> writes the readme. The rest of the readme (publisher, connection, operations, triggers,
/// definitions) comes from the connector itself.
/// </summary>
public sealed record DocsModel
{
    /// <summary>Where <c>generate</c> writes the readme, relative to its output folder; null to leave it to <c>connectorkit docs</c>.</summary>
    public ModelPath? Output { get; init; }

    /// <summary>What a user needs before connecting (an account, a plan, a role).</summary>
    public string? Prerequisites { get; init; }

    /// <summary>How to obtain the credentials a connection asks for.</summary>
    public string? Credentials { get; init; }

    /// <summary>Known issues and limitations.</summary>
    public string? KnownIssues { get; init; }

    public required SourcePosition Position { get; init; }
}
