using ConnectorKit.Diagnostics;
using ConnectorKit.Generation;
using ConnectorKit.Inputs;
using ConnectorKit.Tests.TestSupport;

namespace ConnectorKit.Tests.Generation;

public sealed class GenerationPipelineTests : IDisposable
{
    private readonly TemporaryFolder _temporary = new();

    private string Folder => _temporary.Path;

    public void Dispose() => _temporary.Dispose();

    /// <summary>Ten different mistakes, one per kind the loader and the checks catch, all reported in one run.</summary>
    [Fact]
    public void A_model_with_ten_mistakes_yields_ten_positioned_diagnostics_and_no_files()
    {
        Write("connector.yaml", """
            connector:
              title: Ten mistakes
              description: A connector model with ten deliberate mistakes in it.
              version: "1.0"
              host: api.example.com
            parameters:
              shared:
                in: path
                type: string
                visibility: hidden
            actions:
              ListThings:
                method: get
                path: /things
                summary: List things
                description: Lists things.
                deprecated: maybe
                parameters: [missingParameter]
                responses:
                  "200": { description: The things., schema: { $ref: MissingSchema } }
              GetThing:
                method: get
                path: /things/{id}
                summry: Get a thing
                summary: Get a thing
                description: Gets a thing.
                parameters:
                  - { name: thingId, in: path, type: string }
            triggers:
              OnThing:
                summary: When a thing happens
                description: Fires when a thing happens.
                webhook: { path: /hooks, unsubscribe: DeleteHook }
            policies:
              - template: setheader
                operations: [NoSuchOperation]
                parameters: { name: X-Test, value: "1", existsAction: override }
            """);
        Write("operations/more.yaml", """
            actions:
              ListThings:
                method: get
                path: /other
                summary: Other things
                description: Lists other things.
            """);

        var result = GenerationPipeline.Default.Run(Folder);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        var expected = new[]
        {
            ("connector.yaml", 10, 17, DiagnosticCodes.InvalidValue.Code),          // visibility: hidden
            ("connector.yaml", 17, 17, DiagnosticCodes.WrongType.Code),             // deprecated: maybe
            ("connector.yaml", 18, 18, DiagnosticCodes.UnknownParameter.Code),      // missingParameter
            ("connector.yaml", 20, 52, DiagnosticCodes.UnknownSchema.Code),         // $ref: MissingSchema
            ("connector.yaml", 23, 11, DiagnosticCodes.PathTemplateParameterMissing.Code), // {id} of GetThing
            ("connector.yaml", 24, 5, DiagnosticCodes.UnknownKey.Code),             // summry
            ("connector.yaml", 28, 9, DiagnosticCodes.PathParameterNotInTemplate.Code), // thingId
            ("connector.yaml", 33, 43, DiagnosticCodes.UnknownOperation.Code),      // DeleteHook
            ("connector.yaml", 36, 18, DiagnosticCodes.PolicyUnknownOperation.Code), // NoSuchOperation
            ("operations/more.yaml", 2, 3, DiagnosticCodes.DuplicateOperationId.Code), // ListThings again
        };
        Assert.Equal(
            expected.Select(e => $"{e.Item1}({e.Item2},{e.Item3}) {e.Item4}"),
            result.Diagnostics.Select(d => $"{Path.GetRelativePath(Folder, d.Position.File).Replace('\\', '/')}({d.Position.Line},{d.Position.Column}) {d.Code}"));
    }

    private const string MinimalModel = """
        connector:
          title: Sample Service
          description: A small connector used by the generation pipeline tests.
          version: "1.0"
          host: api.example.com
        actions:
          GetThing:
            method: get
            path: /things
            summary: Get things
            description: Gets the things.
            responses:
              "200": { description: The things., schema: { type: array, items: { type: string } } }
        """;

    [Fact]
    public void The_client_section_adds_the_client_files_under_its_output_folder()
    {
        Write("connector.yaml", MinimalModel + "\nclient:\n  namespace: Sample.Client\n  output: gen/client/\n  name: SampleClient\n");

        var result = GenerationPipeline.Default.Run(Folder);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var client = result.Files.Where(f => f.RelativePath.StartsWith("gen/client/", StringComparison.Ordinal)).ToList();
        Assert.Contains(client, f => f.RelativePath == "gen/client/SampleClient.g.cs");
        Assert.All(client, f => Assert.Contains("namespace Sample.Client", System.Text.Encoding.UTF8.GetString(f.Content)));
        Assert.Contains(result.Files, f => f.RelativePath == "apiDefinition.swagger.json");
    }

    [Theory]
    [InlineData("  namespace: Sample.class\n  output: gen\n", 14, 1, "CK1005")]
    [InlineData("  output: gen\n", 15, 3, "CK1004")]
    public void A_bad_client_section_is_an_error_at_the_section(string body, int line, int column, string code)
    {
        Write("connector.yaml", MinimalModel + "\nclient:\n" + body);

        var result = GenerationPipeline.Default.Run(Folder);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((code, line, column), (diagnostic.Code, diagnostic.Position.Line, diagnostic.Position.Column));
        Assert.Empty(result.Files);
    }

    /// <summary>Found by the model fuzzer: a script path with a NUL character made every tool that reads a model throw.</summary>
    [Fact]
    public void A_script_path_with_a_control_character_is_an_error_at_the_path_not_a_crash()
    {
        Write("connector.yaml", MinimalModel + "\nscript:\n  file: \"script\\0.csx\"\n");

        var input = ConnectorInputLoader.Load(Folder);
        var result = GenerationPipeline.Default.Run(Folder);

        foreach (var diagnostics in new[] { input.Diagnostics, result.Diagnostics })
        {
            var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
            Assert.Equal((DiagnosticCodes.InvalidValue.Code, 15, 9), (error.Code, error.Position.Line, error.Position.Column));
            Assert.Contains("control character", error.Message, StringComparison.Ordinal);
        }

        Assert.Empty(result.Files);
    }

    private void Write(string relativePath, string text) => _temporary.Write(relativePath, text);
}
