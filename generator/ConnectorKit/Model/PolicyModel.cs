using ConnectorKit.Diagnostics;

namespace ConnectorKit.Model;

/// <summary>
/// A policy template instance (apiProperties <c>policyTemplateInstances</c>): a template id, its parameters by short
/// name (the <c>x-ms-apimTemplateParameter.</c> prefix is added on output), and the operations it applies to.
/// </summary>
public sealed record PolicyModel
{
    public required string TemplateId { get; init; }

    public string? Title { get; init; }

    /// <summary>The instance's <c>type</c>, which the platform's tools write for some (e.g. PollingTrigger).</summary>
    public string? Type { get; init; }

    /// <summary>Parameter short names to values, in the order written.</summary>
    public required RawJson Parameters { get; init; }

    /// <summary>Where in the request pipeline it runs (<c>x-ms-apimTemplate-policySection</c>, e.g. Request).</summary>
    public string? Section { get; init; }

    /// <summary>The operations it applies to; empty for all.</summary>
    public IReadOnlyList<ModelReference> Operations { get; init; } = [];

    public required SourcePosition Position { get; init; }
}

/// <summary>Custom code: the script file (relative to the model folder) and the operations it handles.</summary>
public sealed record ScriptModel(ModelPath File, IReadOnlyList<ModelReference> Operations, SourcePosition Position)
{
    /// <summary>Whether <c>operations:</c> is written: an empty list writes <c>scriptOperations: []</c>.</summary>
    public bool ListsOperations { get; init; }
}
