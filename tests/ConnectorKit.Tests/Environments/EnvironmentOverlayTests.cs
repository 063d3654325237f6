using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Generation;
using ConnectorKit.Tests.TestSupport;

namespace ConnectorKit.Tests.Environments;

/// <summary>environments/NAME.yaml laid over a model by <c>--environment NAME</c>: what it changes, and every mistake positioned.</summary>
public sealed class EnvironmentOverlayTests : IDisposable
{
    private const string Model = """
        connector:
          title: Contoso Orders
          description: Read and create the orders of a Contoso shop from a flow or an app.
          version: "1.0"
          host: api.contoso.com
          brandColor: "#3a4f9c"
        auth:
          type: oauth2
          identityProvider: aad
          authorizationUrl: https://login.microsoftonline.com/common/oauth2/authorize
          tokenUrl: https://login.microsoftonline.com/common/oauth2/token
          clientId: "[[client-id]]"
          clientSecret: "[[client-secret]]"
          customParameters:
            tenantId: common
            resourceUri: https://api.contoso.com
        actions:
          GetOrder:
            method: get
            path: /orders/{id}
            summary: Get an order
            description: Gets one order by its id.
            parameters:
              - { name: id, in: path, type: string, urlEncoding: single, summary: Order ID, description: The id of the order. }
            responses:
              "200": { description: The order. }
        """;

    private readonly TemporaryFolder _folder = new();

    public EnvironmentOverlayTests() => _folder.Write("connector.yaml", Model);

    [Fact]
    public void An_environment_changes_host_title_colour_client_id_and_resource_and_names_where_to_upload()
    {
        _folder.Write("environments/test.yaml", """
            environment: 8f2c1b7e-4c1d-4f6b-9a53-2b7f0c6d9e11
            connectorId: shared_contoso-20orders-5f1c3e
            host: test.api.contoso.com
            titleSuffix: " (Test)"
            brandColor: "#0f6b5c"
            clientId: 1b2c3d4e-1111-2222-3333-444455556666
            resource: https://test.api.contoso.com
            """);

        var result = GenerationPipeline.Default.ForEnvironment("test").Run(_folder.Path);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var swagger = Json(result, "apiDefinition.swagger.json");
        var properties = Json(result, "apiProperties.json")["properties"]!;
        var oauth = properties["connectionParameters"]!["token"]!["oAuthSettings"]!;
        Assert.Equal("test.api.contoso.com", (string?)swagger["host"]);
        Assert.Equal("Contoso Orders (Test)", (string?)swagger["info"]!["title"]);
        Assert.Equal("#0f6b5c", (string?)properties["iconBrandColor"]);
        Assert.Equal("1b2c3d4e-1111-2222-3333-444455556666", (string?)oauth["clientId"]);
        Assert.Equal("https://test.api.contoso.com", (string?)oauth["customParameters"]!["resourceUri"]!["value"]);
        Assert.Equal("common", (string?)oauth["customParameters"]!["tenantId"]!["value"]);
        Assert.Equal(
            "{\n  \"connectorId\": \"shared_contoso-20orders-5f1c3e\",\n  \"environment\": \"8f2c1b7e-4c1d-4f6b-9a53-2b7f0c6d9e11\",\n  \"apiDefinition\": \"apiDefinition.swagger.json\",\n  \"apiProperties\": \"apiProperties.json\"\n}\n",
            Text(result, "settings.json"));
    }

    [Fact]
    public void Without_an_environment_the_model_is_generated_as_written_and_its_environments_folder_is_not_read_as_model()
    {
        _folder.Write("environments/test.yaml", "environment: 8f2c1b7e-4c1d-4f6b-9a53-2b7f0c6d9e11\nhost: test.api.contoso.com\n");

        var result = GenerationPipeline.Default.Run(_folder.Path);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("api.contoso.com", (string?)Json(result, "apiDefinition.swagger.json")["host"]);
        Assert.DoesNotContain("environment", Text(result, "settings.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_environment_names_the_ones_there_are_and_the_nearest()
    {
        _folder.Write("environments/test.yaml", "environment: 8f2c1b7e-4c1d-4f6b-9a53-2b7f0c6d9e11\n");
        _folder.Write("environments/prod.yaml", "environment: 8f2c1b7e-4c1d-4f6b-9a53-2b7f0c6d9e12\n");

        var diagnostic = Assert.Single(GenerationPipeline.Default.ForEnvironment("tset").Run(_folder.Path).Diagnostics);

        Assert.Equal(DiagnosticCodes.UnknownEnvironment.Code, diagnostic.Code);
        Assert.Equal("There is no environment 'tset': the environments are prod, test. Did you mean 'test'?", diagnostic.Message);
    }

    [Theory]
    [InlineData("../connector")]
    [InlineData("/etc/passwd")]
    [InlineData(".hidden")]
    public void A_name_that_is_not_a_plain_file_name_is_no_environment_and_nothing_is_read(string name)
    {
        _folder.Write("environments/test.yaml", "environment: 8f2c1b7e-4c1d-4f6b-9a53-2b7f0c6d9e11\n");

        var diagnostic = Assert.Single(GenerationPipeline.Default.ForEnvironment(name).Run(_folder.Path).Diagnostics);

        Assert.Equal(DiagnosticCodes.UnknownEnvironment.Code, diagnostic.Code);
        Assert.Contains("the environments are test.", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("environment: prod\n", 1, 14, "CK1005", "GUID of a Power Platform environment")]
    [InlineData("host: https://api.contoso.com/v1\n", 2, 7, "CK1005", "without a scheme or a path")]
    [InlineData("brandColor: blue\n", 2, 13, "CK1005", "#rrggbb")]
    [InlineData("resource: contoso\n", 2, 11, "CK1005", "absolute URI")]
    [InlineData("clientId: \"[[client-id]]\"\n", 2, 11, "CK1005", "not a [[...]] placeholder")]
    [InlineData("clientSecretVariable: 1SECRET\n", 2, 23, "CK1005", "the secret itself never goes in a file")]
    [InlineData("titelSuffix: \" (Test)\"\n", 2, 1, "CK1002", "Did you mean 'titleSuffix'?")]
    [InlineData("connectorId: [a, b]\n", 2, 14, "CK1003", "connectorId")]
    public void Each_mistake_in_an_environment_file_is_reported_where_it_is_written(string line, int lineNumber, int column, string code, string says)
    {
        var text = line.StartsWith("environment:", StringComparison.Ordinal) ? line : "environment: 8f2c1b7e-4c1d-4f6b-9a53-2b7f0c6d9e11\n" + line;
        _folder.Write("environments/dev.yaml", text);

        var result = GenerationPipeline.Default.ForEnvironment("dev").Run(_folder.Path);

        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(_folder.FileOf("environments/dev.yaml").Replace('\\', '/'), diagnostic.Position.File);
        Assert.Equal((lineNumber, column), (diagnostic.Position.Line, diagnostic.Position.Column));
        Assert.Contains(says, diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void A_value_the_model_has_no_place_for_is_an_error()
    {
        _folder.Write("connector.yaml", Model[..Model.IndexOf("auth:", StringComparison.Ordinal)] + Model[Model.IndexOf("actions:", StringComparison.Ordinal)..]);
        _folder.Write("environments/dev.yaml", "environment: 8f2c1b7e-4c1d-4f6b-9a53-2b7f0c6d9e11\nclientId: abc\nresource: https://api.contoso.com\n");

        var result = GenerationPipeline.Default.ForEnvironment("dev").Run(_folder.Path);

        Assert.Equal([(2, DiagnosticCodes.EnvironmentNotApplicable.Code), (3, DiagnosticCodes.EnvironmentNotApplicable.Code)],
            result.Diagnostics.Select(d => (d.Position.Line, d.Code)));
    }

    [Fact]
    public void An_environment_file_that_leads_out_of_the_model_folder_is_not_read()
    {
        using var outside = new TemporaryFolder();
        var secret = outside.Write("elsewhere.yaml", "environment: 8f2c1b7e-4c1d-4f6b-9a53-2b7f0c6d9e11\n");
        Directory.CreateDirectory(_folder.FileOf("environments"));
        _folder.Link("environments/dev.yaml", secret);

        var diagnostic = Assert.Single(GenerationPipeline.Default.ForEnvironment("dev").Run(_folder.Path).Diagnostics);

        Assert.Equal(DiagnosticCodes.PathLinksOutside.Code, diagnostic.Code);
    }

    public void Dispose() => _folder.Dispose();

    private static string Text(GenerationResult result, string file) =>
        System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.RelativePath == file).Content);

    private static JsonNode Json(GenerationResult result, string file) => JsonNode.Parse(Text(result, file))!;
}
