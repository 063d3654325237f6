using ConnectorKit.Bench.Pipeline.ColdStart;
using ConnectorKit.Bench.Pipeline.Compilation;
using static ConnectorKit.Bench.Pipeline.Reporting.Figures;

namespace ConnectorKit.Bench.Pipeline.Reporting;

/// <summary>The run's figures as Markdown tables: medians, per-connector costs, and the ratios the targets are set in.</summary>
internal sealed class BenchReport(BenchOptions options, string machine, string loadBefore)
{
    private const string Pipeline = "pipeline: read, validate, client, write";
    private const string NSwag = "NSwag: parse, client generation";
    private const string Floor = "floor: System.Text.Json parse, write";
    private const string Client = "client generation";
    private const string HelloWorld = "hello world";

    public IReadOnlyList<InProcessFigure> Stages { get; set; } = [];

    public IReadOnlyDictionary<string, int> SetSizes { get; set; } = new Dictionary<string, int>();

    public IReadOnlyList<InProcessFigure> Scale { get; set; } = [];

    public ClientCompileCount.Counts? Compiled { get; set; }

    public IReadOnlyList<ProcessFigures> ColdStart { get; set; } = [];

    public IReadOnlyList<ProcessFigures> MultiConnector { get; set; } = [];

    public string LoadAfter { get; set; } = string.Empty;

    public void Print(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"## Figures ({(options.Quick ? "quick" : "full")} run)");
        output.WriteLine();
        output.WriteLine($"Machine: {machine}. {loadBefore} before, {LoadAfter} after (a load above the core count means a busy machine: slower, noisier figures).");
        PrintStages(output);
        PrintCompiled(output);
        PrintScale(output);
        PrintProcesses(output, "Whole processes (Release build; medians of interleaved runs, after one unmeasured run)", ColdStart);
        PrintProcesses(output, "Multi-connector commands as one process", MultiConnector);
    }

    private void PrintStages(TextWriter output)
    {
        foreach (var set in Stages.Select(s => s.Parameter).Distinct())
        {
            var count = SetSizes[set];
            var rows = Stages.Where(s => s.Parameter == set).ToList();
            output.WriteLine();
            output.WriteLine($"### In process, warm: {set} ({count} connector(s); median of {options.Iterations} passes)");
            output.WriteLine();
            output.WriteLine("| stage | median per pass | per connector | connectors/s | allocated per connector |");
            output.WriteLine("|---|---:|---:|---:|---:|");
            foreach (var row in rows)
            {
                output.WriteLine($"| {row.Benchmark} | {Seconds(row.MedianSeconds)} | {Seconds(row.MedianSeconds / count)} | {count / row.MedianSeconds:F0} | {Megabytes((double)row.AllocatedBytes / count)} |");
            }

            double Of(string name) => rows.FirstOrDefault(r => r.Benchmark == name)?.MedianSeconds ?? double.NaN;
            output.WriteLine();
            output.WriteLine($"- NSwag / our whole pipeline: {Ratio(Of(NSwag) / Of(Pipeline))} (target: at least 10x)");
            output.WriteLine($"- NSwag / our client generation: {Ratio(Of(NSwag) / Of(Client))}");
            output.WriteLine($"- our whole pipeline / the floor: {Ratio(Of(Pipeline) / Of(Floor))} (target: at most 5x)");
        }
    }

    private void PrintCompiled(TextWriter output)
    {
        if (Compiled is not { } counts)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"### Clients that compile ({counts.Connectors} connectors{(options.CompileSample == 0 ? string.Empty : ", an even sample of the set above")})");
        output.WriteLine();
        output.WriteLine($"- ours: {counts.OursCompile} of {counts.Connectors}");
        output.WriteLine($"- NSwag: generated {counts.NSwagGenerated} of {counts.Connectors}, of which {counts.NSwagCompile} compile");
    }

    private void PrintScale(TextWriter output)
    {
        if (Scale.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"### Scale: generated models, in process (median of {options.Iterations} passes)");
        output.WriteLine();
        output.WriteLine("| benchmark | operations | median | per operation | allocated |");
        output.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var row in Scale)
        {
            var operations = int.Parse(row.Parameter, System.Globalization.CultureInfo.InvariantCulture);
            output.WriteLine($"| {row.Benchmark} | {operations} | {Seconds(row.MedianSeconds)} | {row.MedianSeconds / operations * 1e6:F0} µs | {Megabytes(row.AllocatedBytes)} |");
        }

        output.WriteLine();
        foreach (var benchmark in Scale.GroupBy(s => s.Benchmark))
        {
            var ordered = benchmark.OrderBy(s => int.Parse(s.Parameter, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var first = ordered[0];
            var last = ordered[^1];
            var growth = last.MedianSeconds / first.MedianSeconds / (double.Parse(last.Parameter, System.Globalization.CultureInfo.InvariantCulture) / double.Parse(first.Parameter, System.Globalization.CultureInfo.InvariantCulture));
            output.WriteLine($"- {benchmark.Key}: time per operation at {last.Parameter} / at {first.Parameter} = {Ratio(growth)} (1x is linear)");
        }
    }

    private void PrintProcesses(TextWriter output, string title, IReadOnlyList<ProcessFigures> figures)
    {
        if (figures.Count == 0)
        {
            return;
        }

        var hello = ColdStart.FirstOrDefault(f => f.Case.Name == HelloWorld);
        output.WriteLine();
        output.WriteLine($"### {title}");
        output.WriteLine();
        output.WriteLine("| command | exit | wall | CPU | wall / hello world | CPU / hello world |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var figure in figures)
        {
            var wallRatio = hello is null ? "" : Ratio(figure.MedianWall / hello.MedianWall);
            var cpuRatio = hello is null || !ChildCpuClock.IsAvailable ? "" : Ratio(figure.MedianCpu / hello.MedianCpu);
            var cpu = ChildCpuClock.IsAvailable ? Seconds(figure.MedianCpu.TotalSeconds) : "";
            output.WriteLine($"| {figure.Case.Name} | {figure.ExitCode} | {Seconds(figure.MedianWall.TotalSeconds)} | {cpu} | {wallRatio} | {cpuRatio} |");
        }

        foreach (var figure in figures.Where(f => f.Case.Name.EndsWith(" [baseline]", StringComparison.Ordinal)))
        {
            var current = figures.Single(f => f.Case.Name == figure.Case.Name[..^" [baseline]".Length]);
            output.WriteLine($"- {current.Case.Name}: this build / baseline = {Ratio(current.MedianWall / figure.MedianWall)} wall, {Ratio(current.MedianCpu / figure.MedianCpu)} CPU");
        }
    }
}
