using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ConnectorKit.Bench.Pipeline.Inputs;
using ConnectorKit.ClientGeneration;
using ConnectorKit.Definition;
using ConnectorKit.Generation;
using ConnectorKit.Import;
using ConnectorKit.Inputs;
using ConnectorKit.Loading;
using ConnectorKit.Validation;
using ConnectorKit.Writing;

namespace ConnectorKit.Bench.Pipeline.InProcess;

/// <summary>
/// Each benchmark is one pass over every connector of a set: the stages of our pipeline alone,
/// the whole pipeline, NSwag's client generation from the same swagger files, and System.Text.Json parsing and
/// re-writing the same JSON bytes (the floor). Inputs a stage does not measure are prepared in the global setup.
/// </summary>
public class CorpusBenchmarks
{
    /// <summary>The sets of connectors measured side by side, by name; set by the program before BenchmarkDotNet runs in process.</summary>
    internal static IReadOnlyDictionary<string, IReadOnlyList<BenchConnector>> Sets { get; set; } = new Dictionary<string, IReadOnlyList<BenchConnector>>();

    public static IEnumerable<string> SetNames => Sets.Keys;

    [ParamsSource(nameof(SetNames))]
    public string Set { get; set; } = string.Empty;

    private IReadOnlyList<BenchConnector> Connectors => Sets[Set];

    internal static string OutputFolder { get; set; } = string.Empty;

    private static readonly ClientOptions Client = new() { Namespace = "Bench.Generated" };

    private static readonly JsonDocumentOptions TolerantJson = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private PositionedConnector[] _connectors = [];
    private DefinitionReadResult[] _reads = [];
    private (string Folder, IReadOnlyList<ModelSourceFile> Files)[] _models = [];

    [GlobalSetup]
    public void Setup()
    {
        _connectors = [.. Connectors.Select(c => ConnectorInputLoader.Load(c.Folder).Connector!)];
        _reads = [.. Connectors.Select(c => ConnectorFolderReader.Read(c.Folder))];
        _models = [.. Connectors.Select(c => (c.Folder, ConnectorImporter.ImportModel(ConnectorFolderReader.Read(c.Folder), c.Folder).Files))];
    }

    [Benchmark(Description = "read")]
    public int Read() => Connectors.Sum(c => ConnectorInputLoader.Load(c.Folder).Diagnostics.Count);

    [Benchmark(Description = "validate")]
    public int Validate() => _connectors.Sum(c => new ConnectorValidator(ValidationOptions.Default).Validate(ValidationContext.For(c)).Count);

    [Benchmark(Description = "import")]
    public int Import() => _reads.Select((read, i) => ConnectorImporter.ImportModel(read, Connectors[i].Folder).Files.Count).Sum();

    [Benchmark(Description = "load model, expand, emit")]
    public int ExpandAndEmit() => _models.Sum(m => GenerationPipeline.WithoutValidation.Execute(m.Folder, m.Files).Files.Count);

    [Benchmark(Description = "client generation")]
    public int ClientGeneration() => _connectors.Sum(c => ClientGenerator.Generate(c.Definition, Client).Count);

    /// <summary>What CI runs per connector: read, validate, generate the client, write its files.</summary>
    [Benchmark(Description = "pipeline: read, validate, client, write")]
    public int WholePipeline()
    {
        var written = 0;
        for (var i = 0; i < Connectors.Count; i++)
        {
            var connector = ConnectorInputLoader.Load(Connectors[i].Folder).Connector!;
            var findings = new ConnectorValidator(ValidationOptions.Default).Validate(ValidationContext.For(connector));
            var files = ClientGenerator.Generate(connector.Definition, Client);
            written += FileSetWriter.Default.Write(Path.Combine(OutputFolder, i.ToString(System.Globalization.CultureInfo.InvariantCulture)), files, []).Written.Count + findings.Count;
        }

        return written;
    }

    /// <summary>NSwag 14.8: parse each swagger and generate its C# client; a file it throws on counts as done.</summary>
    [Benchmark(Description = "NSwag: parse, client generation")]
    public async Task<int> NSwag()
    {
        var generated = 0;
        foreach (var connector in Connectors)
        {
            generated += await NSwagClients.GenerateAsync(connector.SwaggerPath) is null ? 0 : 1;
        }

        return generated;
    }

    /// <summary>The floor: System.Text.Json parsing and re-writing the JSON files the pipeline reads.</summary>
    [Benchmark(Description = "floor: System.Text.Json parse, write")]
    public long JsonFloor()
    {
        long bytes = 0;
        var buffer = new ArrayBufferWriter<byte>();
        foreach (var file in Connectors.SelectMany(c => c.JsonFiles))
        {
            buffer.ResetWrittenCount();
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllBytes(file), TolerantJson);
                using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true });
                document.WriteTo(writer);
                writer.Flush();
                bytes += buffer.WrittenCount;
            }
            catch (JsonException)
            {
                // A file with a BOM or cp1252 bytes: our reader tolerates it, System.Text.Json does not; it still costs.
            }
        }

        return bytes;
    }
}
