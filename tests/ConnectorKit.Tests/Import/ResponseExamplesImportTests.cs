namespace ConnectorKit.Tests.Import;

/// <summary>Swagger 2.0 response examples import as the response's typed <c>examples</c>, written as given.</summary>
public sealed class ResponseExamplesImportTests
{
    private const string Paths = """
        { "/items": { "get": { "summary": "Get item", "description": "Gets an item.", "operationId": "GetItem",
          "responses": { "200": { "description": "OK", "schema": { "type": "object" },
            "examples": { "application/json": { "id": 1, "tags": ["a", "b"] } } } } } } }
        """;

    [Fact]
    public void Response_examples_are_a_typed_key()
    {
        using var folder = new ConnectorFolder("ResponseExamples", Samples.Swagger(Paths), Samples.Properties);

        var yaml = folder.ImportExactly();

        Assert.Contains("\n        examples:\n          application/json:\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("extensions:", yaml, StringComparison.Ordinal);
    }
}
