namespace ConnectorKit.Tests.Import;

/// <summary>
/// Small keys published connectors write that the model says typed: a parameter's null default, a schema's empty
/// visibility and an operation's externalDocs.
/// </summary>
public sealed class SmallKeysImportTests
{
    [Fact]
    public void A_null_default_an_empty_visibility_and_external_docs_import_typed_and_come_back_exactly()
    {
        const string paths = """
            {
              "/sites": { "get": {
                "summary": "List sites", "description": "Lists sites.", "operationId": "ListSites",
                "externalDocs": { "description": "How to read the fields.", "url": "https://contoso.com/sites" },
                "parameters": [
                  { "name": "since", "in": "query", "type": "string", "default": null },
                  { "name": "ids", "in": "query", "type": "array", "items": { "type": "string" } }
                ],
                "responses": { "200": { "description": "OK", "schema": { "type": "array",
                  "items": { "type": "string", "title": "Site", "x-ms-visibility": "" } } } } } }
            }
            """;
        using var folder = new ConnectorFolder("SmallKeys", Samples.Swagger(paths), Samples.Properties);

        var yaml = folder.ImportExactly();

        Assert.DoesNotContain("extensions", yaml, StringComparison.Ordinal);
        Assert.Contains("      default: null\n", yaml, StringComparison.Ordinal);
        Assert.Contains("visibility: \"\"\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    externalDocs:\n      description: How to read the fields.\n", yaml, StringComparison.Ordinal);
    }
}
