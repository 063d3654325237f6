namespace ConnectorKit.Documentation;

/// <summary>
/// Everything the readme prints, computed: Markdown already escaped for where it goes (a table cell, a heading), so
/// the template only lays it out.
/// </summary>
public sealed record ReadmeViewModel(
    string Title,
    string Description,
    IReadOnlyList<ReadmeRow> Metadata,
    string? Prerequisites,
    string? Credentials,
    string ConnectionIntro,
    IReadOnlyList<ConnectionViewModel> Connections,
    IReadOnlyList<OperationDocViewModel> Actions,
    IReadOnlyList<OperationDocViewModel> Triggers,
    IReadOnlyList<DefinitionDocViewModel> Definitions,
    string? KnownIssues);

/// <summary>A row of a two-column table.</summary>
public sealed record ReadmeRow(string Name, string Value);

/// <summary>One way to connect (the only one, or one set of a multi-auth connector) and what it asks for.</summary>
public sealed record ConnectionViewModel(string? Heading, string? Description, IReadOnlyList<ParameterDocViewModel> Parameters);

/// <summary>One input: its label, its key on the wire, whether it is required, its type and description.</summary>
public sealed record ParameterDocViewModel(string Name, string Key, string Required, string Type, string Description);

public sealed record OperationDocViewModel(
    string Summary,
    string OperationId,
    string Description,
    string? Kind,
    bool Deprecated,
    IReadOnlyList<ParameterDocViewModel> Parameters,
    string? Returns,
    IReadOnlyList<ParameterDocViewModel> ReturnProperties);

public sealed record DefinitionDocViewModel(string Name, string Anchor, string? Description, IReadOnlyList<ParameterDocViewModel> Properties);
