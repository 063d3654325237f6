using System.Text;
using ConnectorKit.Bench.Pipeline.InProcess;
using ConnectorKit.Bench.Pipeline.Inputs;
using ConnectorKit.ClientGeneration;
using ConnectorKit.Inputs;
using ConnectorKit.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConnectorKit.Bench.Pipeline.Compilation;

/// <summary>How many generated clients compile: ours and NSwag's, from the same connectors, against the SDK's reference packs.</summary>
internal static class ClientCompileCount
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public sealed record Counts(int Connectors, int OursCompile, int NSwagGenerated, int NSwagCompile);

    public static async Task<Counts> CountAsync(IReadOnlyList<BenchConnector> connectors)
    {
        int ours = 0, nswagGenerated = 0, nswag = 0;
        foreach (var connector in connectors)
        {
            var definition = ConnectorInputLoader.Load(connector.Folder).Connector!.Definition;
            var files = ClientGenerator.Generate(definition, new ClientOptions { Namespace = "Bench.Generated" });
            ours += Compiles([.. files.Where(f => f.RelativePath.EndsWith(".cs", StringComparison.Ordinal)).Select(f => Encoding.UTF8.GetString(f.Content))]) ? 1 : 0;
            if (await NSwagClients.GenerateAsync(connector.SwaggerPath) is { } code)
            {
                nswagGenerated++;
                nswag += Compiles([code]) ? 1 : 0;
            }
        }

        return new Counts(connectors.Count, ours, nswagGenerated, nswag);
    }

    /// <summary>Compiles the sources with the System.Text.Json source generator run over them, as the tests compile our clients.</summary>
    private static bool Compiles(IReadOnlyList<string> sources)
    {
        var compilation = CSharpCompilation.Create(
            "BenchClient",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, $"Client{i}.cs", Encoding.UTF8)),
            ReferencePacks.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create([ReferencePacks.JsonSourceGenerator], parseOptions: ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return !generatorDiagnostics.Any(d => d.Severity >= DiagnosticSeverity.Warning)
            && !output.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error);
    }
}
