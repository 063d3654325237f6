namespace ConnectorKit.Tests.Import;

/// <summary>
/// Properties the importer writes on one line: with their visibility, and with their titles in a connector that labels
/// its properties so (<c>connector: propertyLabel: title</c>), unless a one-line property says a summary.
/// </summary>
public sealed class PropertyLineImportTests
{
    private const string Paths = """
        { "/items": { "get": { "summary": "List items", "description": "Lists the items.", "operationId": "ListItems",
          "responses": { "200": { "description": "OK", "schema": { "$ref": "#/definitions/Item" } } } } } }
        """;

    [Fact]
    public void Titled_properties_get_the_title_label_and_one_line_each()
    {
        var yaml = Import("""
            "id": { "type": "string", "format": "uuid", "title": "ID", "description": "The item's id." },
            "etag": { "type": "string", "title": "ETag", "x-ms-visibility": "internal" },
            "count": { "type": "integer" }
            """);

        Assert.Contains("\n  propertyLabel: title\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n      id: uuid | ID | The item's id.\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n      etag: string internal | ETag\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n      count: integer\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_on_one_line_keeps_the_summary_label_and_titles_in_blocks()
    {
        var yaml = Import("""
            "id": { "type": "string", "title": "ID" },
            "name": { "type": "string", "x-ms-summary": "Name", "x-ms-visibility": "advanced" }
            """);

        Assert.DoesNotContain("propertyLabel", yaml, StringComparison.Ordinal);
        Assert.Contains("\n      id:\n        type: string\n        title: ID\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n      name: string advanced | Name\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_format_the_type_word_does_not_say_keeps_the_property_a_block()
    {
        var yaml = Import("""
            "code": { "type": "string", "format": "postal-code", "description": "The code." }
            """);

        Assert.Contains("\n      code:\n        type: string\n        format: postal-code\n", yaml, StringComparison.Ordinal);
    }

    private static string Import(string properties)
    {
        var definitions = $$"""
            ,
              "definitions": { "Item": { "type": "object", "properties": { {{properties}} } } }
            """;
        using var folder = new ConnectorFolder("Lines", Samples.Swagger(Paths, definitions), Samples.Properties);
        return folder.ImportExactly();
    }
}
