using ConnectorKit.Bench.Pipeline.Inputs;

namespace ConnectorKit.Bench.Pipeline.ColdStart;

/// <summary>
/// The commands timed as whole processes. With <c>--baseline</c>, each connectorkit command is timed with that older
/// build too, in the same interleaved runs, for a before/after on the same machine at the same moment.
/// </summary>
internal static class ColdStartCases
{
    /// <summary>
    /// The Customer Insights connector's commands, and the hello world, as built; then, when <paramref name="readyToRun"/>
    /// has them, both published with ReadyToRun.
    /// </summary>
    public static IReadOnlyList<ProcessCase> Single(BenchOptions options, (string Cli, string HelloWorld)? readyToRun)
    {
        var root = BenchPaths.RepositoryRoot;
        IReadOnlyList<ProcessCase> connectorkit =
        [
            new("generate --check (Customer Insights)", BenchPaths.Cli, ["generate", "--check"], root),
            new("generate --check, first run (empty cache)", BenchPaths.Cli, ["generate", "--check"], root, FreshCache: true),
            new("generate --check --no-validate", BenchPaths.Cli, ["generate", "--check", "--no-validate"], root),
            new("validate connector (Customer Insights model)", BenchPaths.Cli, ["validate", "connector"], root),
        ];
        IReadOnlyList<ProcessCase> published = readyToRun is { } r2r
            ?
            [
                new("hello world, ReadyToRun", r2r.HelloWorld, [], root),
                new("generate --check, ReadyToRun", r2r.Cli, ["generate", "--check"], root),
                new("generate --check --no-validate, ReadyToRun", r2r.Cli, ["generate", "--check", "--no-validate"], root),
                new("validate connector, ReadyToRun", r2r.Cli, ["validate", "connector"], root),
            ]
            : [];
        return [new("hello world", BenchPaths.HelloWorld, [], root), .. WithBaseline(options, connectorkit), .. published];
    }

    /// <summary>One process over the corpus connectors: what CI runs on a repository of many connectors.</summary>
    public static IReadOnlyList<ProcessCase> MultiConnector(BenchOptions options, CorpusInputs corpus)
    {
        var folders = corpus.Connectors.Where(c => c.Name != "customer-insights").Select(c => c.Folder).ToList();
        IReadOnlyList<ProcessCase> connectorkit =
        [
            new($"validate {folders.Count} corpus connectors", BenchPaths.Cli, ["validate", .. folders], BenchPaths.RepositoryRoot),
            new($"roundtrip {folders.Count} corpus connectors", BenchPaths.Cli, ["roundtrip", .. folders], BenchPaths.RepositoryRoot),
        ];
        return WithBaseline(options, connectorkit);
    }

    private static IReadOnlyList<ProcessCase> WithBaseline(BenchOptions options, IReadOnlyList<ProcessCase> cases) =>
        options.BaselineCli is not { } baseline
            ? cases
            : [.. cases.SelectMany(c => new[] { c, c with { Name = c.Name + " [baseline]", Program = baseline } })];
}
