using ConnectorKit.Bench.Pipeline;
using ConnectorKit.Bench.Pipeline.ColdStart;
using ConnectorKit.Bench.Pipeline.Compilation;
using ConnectorKit.Bench.Pipeline.InProcess;
using ConnectorKit.Bench.Pipeline.Inputs;
using ConnectorKit.Bench.Pipeline.Reporting;

// dotnet run -c Release --project bench/Pipeline -- [--quick] [--baseline OLD_APPHOST] [--skip SECTION]...  (see README.md)
if (BenchOptions.Parse(args, Console.Error) is not { } options)
{
    return 2;
}

if (BenchPaths.Configuration != "Release")
{
    Console.Error.WriteLine("Run the benchmark from a Release build: dotnet run -c Release --project bench/Pipeline");
    return 2;
}

var scratch = Directory.CreateTempSubdirectory("connectorkit-bench-").FullName;
try
{
    var report = new BenchReport(options, Machine.Describe(), Machine.Load());
    var corpus = options.Runs("corpus") || options.Runs("compile") || options.Runs("coldstart") ? CorpusInputs.Load(options, Console.Out) : null;
    if (options.Runs("corpus"))
    {
        var sets = new Dictionary<string, IReadOnlyList<BenchConnector>>(StringComparer.Ordinal);
        if (corpus is not null)
        {
            sets["corpus"] = corpus.Connectors;
        }

        var large = LargeSwagger.Write(scratch);
        sets["swagger-5mb"] = [new BenchConnector("swagger-5mb", large, Path.Combine(large, "apiDefinition.swagger.json"),
            [Path.Combine(large, "apiDefinition.swagger.json"), Path.Combine(large, "apiProperties.json")])];
        CorpusBenchmarks.Sets = sets;
        CorpusBenchmarks.OutputFolder = Directory.CreateDirectory(Path.Combine(scratch, "written")).FullName;
        report.Stages = Figures.Of(InProcessRunner.Run<CorpusBenchmarks>(options, Path.Combine(scratch, "artifacts")));
        report.SetSizes = sets.ToDictionary(s => s.Key, s => s.Value.Count, StringComparer.Ordinal);
    }

    if (options.Runs("scale"))
    {
        ScaleBenchmarks.ModelsFolder = Directory.CreateDirectory(Path.Combine(scratch, "models")).FullName;
        report.Scale = Figures.Of(InProcessRunner.Run<ScaleBenchmarks>(options, Path.Combine(scratch, "artifacts")));
    }

    if (options.Runs("compile") && corpus is not null)
    {
        var sample = options.CompileSample == 0 ? corpus.Connectors : [.. corpus.Connectors.Where((_, i) => i % Math.Max(1, corpus.Connectors.Count / options.CompileSample) == 0)];
        Console.WriteLine($"compiling the clients of {sample.Count} connectors, ours and NSwag's ...");
        report.Compiled = await ClientCompileCount.CountAsync(sample);
    }

    if (options.Runs("coldstart"))
    {
        var cli = ReadyToRunPublish.Publish(Path.Combine(BenchPaths.RepositoryRoot, "generator", "ConnectorKit.Cli"), "ConnectorKit.Cli", Path.Combine(scratch, "r2r-cli"), Console.Out);
        var hello = ReadyToRunPublish.Publish(Path.Combine(BenchPaths.RepositoryRoot, "bench", "HelloWorld"), "ConnectorKit.Bench.HelloWorld", Path.Combine(scratch, "r2r-hello"), Console.Out);
        var cases = ColdStartCases.Single(options, cli is not null && hello is not null ? (cli, hello) : null);
        report.ColdStart = ProcessTimer.Measure(cases, options.ProcessRuns, scratch, Console.Out);
        if (corpus is not null)
        {
            report.MultiConnector = ProcessTimer.Measure(ColdStartCases.MultiConnector(options, corpus), options.Quick ? 1 : 3, scratch, Console.Out);
        }
    }

    report.LoadAfter = Machine.Load();
    report.Print(Console.Out);
    return 0;
}
finally
{
    Directory.Delete(scratch, recursive: true);
}
