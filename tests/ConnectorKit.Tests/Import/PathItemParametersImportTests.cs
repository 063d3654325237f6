namespace ConnectorKit.Tests.Import;

/// <summary>A path item's own <c>parameters</c> import as the first operation's <c>pathItemParameters</c>, not raw.</summary>
public sealed class PathItemParametersImportTests
{
    private const string Paths = """
        { "/items": {
          "get": { "summary": "Get item", "description": "Gets an item.", "operationId": "GetItem",
            "responses": { "200": { "description": "OK" } } },
          "put": { "summary": "Put item", "description": "Puts an item.", "operationId": "PutItem",
            "responses": { "200": { "description": "OK" } } },
          "parameters": [ { "$ref": "#/parameters/user-agent" } ] } }
        """;

    private const string Reusable = """
        , "parameters": { "user-agent": { "name": "User-Agent", "in": "header", "type": "string", "required": false } }
        """;

    [Fact]
    public void Path_item_parameters_are_a_typed_key_of_the_first_operation()
    {
        using var folder = new ConnectorFolder("PathItemParameters", Samples.Swagger(Paths, Reusable), Samples.Properties);

        var yaml = folder.ImportExactly();

        Assert.Contains("\n    pathItemParameters: [user-agent]\n", yaml, StringComparison.Ordinal);
        Assert.Single(yaml.Split('\n'), line => line.Contains("pathItemParameters", StringComparison.Ordinal));
        Assert.DoesNotContain("pathExtensions", yaml, StringComparison.Ordinal);
    }
}
