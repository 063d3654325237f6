using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ConnectorKit.Generation;
using ConnectorKit.Tests.TestSupport;
using ConnectorKit.Validation;
using ConnectorKit.Validation.Rules.Swagger.Operations;

namespace ConnectorKit.Tests.Generation;

/// <summary>
/// The platform's limit of 256 operations is a validator finding, not a wall for the generator: a larger model
/// generates with <c>--no-validate</c>, and the validator reports the limit (issue 13 item 3).
/// </summary>
public sealed class OperationLimitTests : IDisposable
{
    private const int Operations = TotalOperationsCountExceedsMaxAllowed.MaxOperations + 44;

    private readonly TemporaryFolder _folder = new();

    public OperationLimitTests() => _folder.Write("connector.yaml", ModelOf(Operations));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_model_over_the_limit_generates_every_operation_without_the_validator()
    {
        var result = GenerationPipeline.WithoutValidation.Run(_folder.Path);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var swagger = JsonNode.Parse(result.Files.Single(f => f.RelativePath == "apiDefinition.swagger.json").Content)!;
        Assert.Equal(Operations, swagger["paths"]!.AsObject().Count);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == nameof(TotalOperationsCountExceedsMaxAllowed));
    }

    [Fact]
    public void Generating_with_the_validator_reports_the_limit_and_writes_nothing()
    {
        var result = GenerationPipeline.Default.Run(_folder.Path);

        var finding = Assert.Single(result.Diagnostics, d => d.Code == nameof(TotalOperationsCountExceedsMaxAllowed));
        Assert.Contains($"defines {Operations} operations", finding.Message, StringComparison.Ordinal);
        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Validate_reports_the_limit_on_the_model()
    {
        var findings = ConnectorValidation.Run(_folder.Path, ValidationOptions.Default);

        Assert.Single(findings, d => d.Code == nameof(TotalOperationsCountExceedsMaxAllowed));
    }

    private static string ModelOf(int operations)
    {
        var yaml = new StringBuilder("""
            connector:
              title: Many Operations
              description: A connector model with more operations than the platform allows.
              version: "1.0"
              host: api.example.com
              basePath: /v1
              schemes: [https]
              publisher: Contoso
              stackOwner: Contoso
            actions:

            """);
        for (var i = 0; i < operations; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"""
                  GetThing{i:D3}:
                    method: get
                    path: /things{i:D3}
                    summary: Get thing {i}
                    description: Gets thing {i}.
                    responses:
                      "200": {"{"} description: The thing. {"}"}

                """);
        }

        return yaml.ToString();
    }
}
