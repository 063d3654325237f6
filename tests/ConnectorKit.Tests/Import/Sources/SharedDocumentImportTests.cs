using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Tests.TestSupport;

namespace ConnectorKit.Tests.Import.Sources;

/// <summary>
/// The real documents of ../shared/openapi3 (the OpenAPI Initiative's examples) and ../shared/postman (newman's sample
/// collection): each imports into a model that generates and validates with zero errors. The validator's warnings
/// left are listed per document with the reason they stay; any other fails the test.
/// </summary>
public sealed class SharedDocumentImportTests
{
    /// <summary>The warnings the written models keep, and why: each says something true of the source API.</summary>
    private static readonly Dictionary<string, string[]> ExpectedWarnings = new(StringComparer.Ordinal)
    {
        ["api-with-examples.yaml"] = [],
        // The API has no unsubscribe operation; the import says so (CK5103) and the validator repeats it.
        ["callback-example.yaml"] = ["CkWebhookDeleteMissing"],
        ["link-example.yaml"] = [],
        // OpenAPI's 'default' error response with its Error schema, kept as the API describes it.
        ["petstore-expanded.yaml"] = ["DefaultResponseHasSchema"],
        ["petstore.yaml"] = ["DefaultResponseHasSchema"],
        // The document's own format 'uriref', which the platform does not know; kept as written.
        ["uspto.yaml"] = ["UnrecognizedTypeFormat"],
        ["sample-collection.json"] = [],
    };

    public static TheoryData<string> OpenApiDocuments() => [.. Names("openapi3", ".yaml", ".yml", ".json")];

    public static TheoryData<string> PostmanCollections() => [.. Names("postman", ".json")];

    [Theory]
    [MemberData(nameof(OpenApiDocuments))]
    public void An_OpenAPI_3_document_imports_into_a_model_that_generates_and_validates(string name) => ImportsCleanly(Document("openapi3", name));

    [Theory]
    [MemberData(nameof(PostmanCollections))]
    public void A_Postman_collection_imports_into_a_model_that_generates_and_validates(string name) => ImportsCleanly(Document("postman", name));

    [Fact]
    public void The_callback_of_the_callback_example_becomes_a_webhook_trigger()
    {
        using var model = ImportedModel.Of(Document("openapi3", "callback-example.yaml"));
        var swagger = (JsonObject)JsonNode.Parse(model.Generate().Files.Single(f => f.RelativePath == "apiDefinition.swagger.json").Content)!;

        var subscribe = swagger["paths"]!["/streams"]!["post"]!;
        Assert.Equal("single", subscribe["x-ms-trigger"]!.GetValue<string>());
        Assert.Equal("OnData", subscribe["operationId"]!.GetValue<string>());
        var callback = subscribe["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "callbackUrl")!;
        Assert.True(callback["x-ms-notification-url"]!.GetValue<bool>());
        Assert.Equal("internal", callback["x-ms-visibility"]!.GetValue<string>());
        var payload = swagger["paths"]!["/streams"]!["x-ms-notification-content"]!["schema"]!["properties"]!.AsObject();
        Assert.Equal(["timestamp", "userData"], payload.Select(p => p.Key));
        Assert.NotNull(subscribe["responses"]!["201"]!["headers"]!["Location"]);
        var noUnsubscribe = model.Finding(DiagnosticCodes.ImportNotExpressible, "no DELETE operation under '/streams'");
        Assert.Equal((7, 5), (noUnsubscribe.Position.Line, noUnsubscribe.Position.Column));
    }

    [Fact]
    public void The_server_variable_of_uspto_takes_its_default_and_the_other_value_is_a_positioned_finding()
    {
        using var model = ImportedModel.Of(Document("openapi3", "uspto.yaml"));

        var finding = model.Finding(DiagnosticCodes.ImportDerived, "the server variable 'scheme' takes its default 'https'; 'http' cannot be chosen");
        Assert.Equal((5, 7), (finding.Position.Line, finding.Position.Column));
        Assert.Contains("host: developer.uspto.gov", model.ConnectorYaml, StringComparison.Ordinal);
        Assert.Contains("basePath: /ds-api", model.ConnectorYaml, StringComparison.Ordinal);
        // The form body becomes form fields, each with its type and default.
        Assert.Contains("in: formData", model.ConnectorYaml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_second_request_on_the_same_method_and_path_of_the_sample_collection_is_a_positioned_finding()
    {
        using var model = ImportedModel.Of(Document("postman", "sample-collection.json"));

        var finding = model.Finding(DiagnosticCodes.ImportNotExpressible, "this second POST /post is left out");
        Assert.Equal(43, finding.Position.Line);
        Assert.Equal(10, model.Finding(DiagnosticCodes.ImportNotExpressible, "runs no Postman scripts (test)").Position.Line);
        Assert.Contains("host: postman-echo.com", model.ConnectorYaml, StringComparison.Ordinal);
        Assert.Contains("default: newman-sample-github-collection", model.ConnectorYaml, StringComparison.Ordinal);
    }

    private static void ImportsCleanly(string path)
    {
        using var model = ImportedModel.Of(path);
        Assert.True(model.Result.Succeeded, string.Join("\n", model.Findings));
        Assert.All(model.Findings, d => Assert.True(d.Position.File == model.Source && d.Position.Line > 0, d.ToString()));
        Assert.DoesNotContain(model.Findings, d => d.Code is "CK5001" or "CK5002");

        var generation = model.Generate();
        Assert.True(generation.Succeeded, string.Join("\n", generation.Diagnostics));
        var validation = model.Validate();
        Assert.DoesNotContain(validation, d => d.Severity == Severity.Error);
        var warnings = validation.Where(d => d.Severity == Severity.Warning).Select(d => d.Code).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(ExpectedWarnings[Path.GetFileName(path)], warnings);
    }

    private static string Document(string folder, string name)
    {
        var path = Path.Combine(RepositoryPaths.Shared, folder, name);
        if (!File.Exists(path))
        {
            Assert.Skip($"{path} is not there; this test reads it from ../shared beside the repository.");
        }

        return path;
    }

    /// <summary>The names of a shared folder's documents; a placeholder row when the folder is absent, so the theory runs and skips.</summary>
    private static IEnumerable<string> Names(string folder, params string[] extensions)
    {
        var path = Path.Combine(RepositoryPaths.Shared, folder);
        return Directory.Exists(path)
            ? Directory.GetFiles(path).Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)
            : ["(absent)"];
    }
}
