using System.Text;
using ConnectorKit.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.OpenApi.Readers;
using NJsonSchema.CodeGeneration.CSharp;
using NSwag.CodeGeneration.CSharp;

namespace ConnectorKit.Interop.Tests;

/// <summary>
/// Interop the other way: the Swagger 2.0 ConnectorKit writes is read by other people's tools as it is. OpenAPI.NET
/// (Microsoft.OpenApi.Readers 1.6.31) reads it with zero errors, and NSwag (NSwag.CodeGeneration.CSharp 14.8.0)
/// generates a C# client from it that compiles.
/// </summary>
public sealed class GeneratedSwaggerInteropTests
{
    public static TheoryData<string> Swaggers() => GeneratedSwaggers.Names();

    [Theory]
    [MemberData(nameof(Swaggers))]
    public void OpenApi_Readers_reads_the_swagger_with_zero_errors(string name)
    {
        var json = File.ReadAllText(GeneratedSwaggers.PathOf(name));

        var document = new OpenApiStringReader().Read(json, out var diagnostic);

        Assert.True(diagnostic.Errors.Count == 0, string.Join("\n", diagnostic.Errors.Select(e => $"{e.Pointer}: {e.Message}")));
        Assert.Equal(Microsoft.OpenApi.OpenApiSpecVersion.OpenApi2_0, diagnostic.SpecificationVersion);
        Assert.NotEmpty(document.Paths);
    }

    [Theory]
    [MemberData(nameof(Swaggers))]
    public async Task NSwag_generates_a_client_that_compiles(string name)
    {
        var document = await NSwag.OpenApiDocument.FromJsonAsync(await File.ReadAllTextAsync(GeneratedSwaggers.PathOf(name), TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        var settings = new CSharpClientGeneratorSettings
        {
            ClassName = "{controller}Client",
            CSharpGeneratorSettings = { Namespace = "Interop.Generated", JsonLibrary = CSharpJsonLibrary.SystemTextJson },
        };

        var code = new CSharpClientGenerator(document, settings).GenerateFile();

        var errors = Compile(code);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
    }

    private static List<Diagnostic> Compile(string code)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "NSwagClient",
            [CSharpSyntaxTree.ParseText(code, options, "Client.cs", Encoding.UTF8, TestContext.Current.CancellationToken)],
            ReferencePacks.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        return [.. compilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error)];
    }
}
