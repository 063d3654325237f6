namespace ConnectorKit.Checking;

/// <summary>Which checks <see cref="ModelChecker"/> runs: all of them except those whose ids are disabled.</summary>
public sealed record ModelCheckOptions
{
    public static ModelCheckOptions Default { get; } = new();

    /// <summary>Ids of <see cref="IModelCheck"/>s not to run, matched ignoring case.</summary>
    public IReadOnlyCollection<string> DisabledChecks { get; init; } = [];

    public bool IsEnabled(string checkId) => !DisabledChecks.Contains(checkId, StringComparer.OrdinalIgnoreCase);
}
