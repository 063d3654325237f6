using BenchmarkDotNet.Attributes;
using ConnectorKit.Bench.Pipeline.Inputs;
using ConnectorKit.Generation;

namespace ConnectorKit.Bench.Pipeline.InProcess;

/// <summary>Generating models of 100, 1,000 and 5,000 operations in memory, with and without the validator: the cost should grow linearly.</summary>
public class ScaleBenchmarks
{
    /// <summary>Where the models are written; set by the program before BenchmarkDotNet runs in process.</summary>
    internal static string ModelsFolder { get; set; } = string.Empty;

    public static IEnumerable<int> OperationCounts => ScaleModels.OperationCounts;

    [ParamsSource(nameof(OperationCounts))]
    public int Operations { get; set; }

    private string _folder = string.Empty;

    [GlobalSetup]
    public void Setup() => _folder = ScaleModels.Write(ModelsFolder, Operations);

    [Benchmark(Description = "generate --no-validate")]
    public int GenerateWithoutValidation() => Files(GenerationPipeline.WithoutValidation.Run(_folder));

    [Benchmark(Description = "generate (with the validator)")]
    public int Generate() => GenerationPipeline.Default.Run(_folder).Diagnostics.Count;

    private static int Files(GenerationResult result) =>
        result.Succeeded ? result.Files.Count : throw new InvalidOperationException($"The scale model does not generate: {result.Diagnostics.First()}");
}
