namespace ConnectorKit.Bench.Pipeline;

/// <summary>
/// The command line: <c>[--quick] [--baseline CLI] [--skip SECTION]...</c>. Quick takes every fourth corpus connector,
/// fewer iterations and fewer process runs, so one run ends in a few minutes on two busy cores.
/// </summary>
internal sealed record BenchOptions(bool Quick, string? BaselineCli, IReadOnlySet<string> Skipped)
{
    public static readonly IReadOnlyList<string> Sections = ["corpus", "compile", "scale", "coldstart"];

    /// <summary>Every how many corpus connectors (in path order) one is measured.</summary>
    public int CorpusStride => Quick ? 4 : 1;

    public int Iterations => Quick ? 3 : 7;

    public int ProcessRuns => Quick ? 5 : 15;

    /// <summary>How many clients of each generator are compiled to count those that compile (0: all).</summary>
    public int CompileSample => Quick ? 40 : 0;

    public bool Runs(string section) => !Skipped.Contains(section);

    public static BenchOptions? Parse(IReadOnlyList<string> args, TextWriter error)
    {
        var quick = false;
        string? baseline = null;
        var skipped = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    quick = true;
                    break;
                case "--baseline" when i + 1 < args.Count:
                    baseline = Path.GetFullPath(args[++i]);
                    break;
                case "--skip" when i + 1 < args.Count && Sections.Contains(args[i + 1]):
                    skipped.Add(args[++i]);
                    break;
                default:
                    error.WriteLine($"unknown or incomplete argument '{args[i]}'. Usage: [--quick] [--baseline PATH_TO_AN_OLDER_CONNECTORKIT_APPHOST] [--skip {string.Join('|', Sections)}]...");
                    return null;
            }
        }

        return new BenchOptions(quick, baseline, skipped);
    }
}
