namespace ConnectorKit.Tests.Import;

/// <summary>
/// Parameters the importer writes on one line, reusable and inline, with what does not fit after the line; optional
/// parameters that leave <c>required</c> out, most of them, make the connector say <c>markOptional: false</c>.
/// </summary>
public sealed class ParameterLineImportTests
{
    private const string Paths = """
        { "/items/{id}": { "get": { "summary": "Get item", "description": "Gets an item.", "operationId": "GetItem",
          "parameters": [
            { "$ref": "#/parameters/id" },
            { "name": "$top", "in": "query", "type": "integer", "format": "int32", "required": true, "x-ms-summary": "Top",
              "x-ms-visibility": "advanced", "default": 10 },
            { "name": "$filter", "in": "query", "type": "string", "description": "The filter | expression." },
            { "name": "name", "in": "query", "type": "string" }
          ],
          "responses": { "200": { "description": "OK" } } } } }
        """;

    private const string Reusable = """
        ,
          "parameters": { "id": { "name": "id", "in": "path", "required": true, "type": "string", "x-ms-summary": "Item ID" } }
        """;

    [Fact]
    public void Parameters_are_written_on_one_line_with_the_other_keys_after_it()
    {
        using var folder = new ConnectorFolder("ParameterLines", Samples.Swagger(Paths, Reusable), Samples.Properties);

        var yaml = folder.ImportExactly();

        Assert.Contains("\n  markOptional: false\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\nparameters:\n  id: path string | Item ID\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n    - $top: query int32 required advanced | Top\n      default: 10\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n    - $filter: query string | | The filter | expression.\n", yaml, StringComparison.Ordinal);
        // A parameter named like a parameter key stays a mapping.
        Assert.Contains("\n    - name: name\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_that_leaves_required_out_stays_typed_under_markOptional()
    {
        const string paths = """
            { "/items": { "post": { "summary": "Add item", "description": "Adds an item.", "operationId": "AddItem",
              "parameters": [
                { "name": "a", "in": "query", "type": "string" },
                { "name": "b", "in": "query", "type": "string" },
                { "name": "body", "in": "body", "schema": { "type": "object" } }
              ],
              "responses": { "200": { "description": "OK" } } } } }
            """;
        using var folder = new ConnectorFolder("BodyUnderMarkOptional", Samples.Swagger(paths), Samples.Properties);

        var yaml = folder.ImportExactly();

        Assert.Contains("\n  markOptional: false\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("required: false", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("extensions:", yaml, StringComparison.Ordinal);
    }
}
