using System.Text.Json.Nodes;
using ConnectorKit.Expansion;
using static ConnectorKit.Tests.Loading.ModelSnippets;

namespace ConnectorKit.Tests.Loading;

/// <summary>
/// The one-line property <c>TYPE [VISIBILITY] | LABEL | DESCRIPTION</c>: a visibility word after the type, and a label
/// that writes x-ms-summary, or title when <c>connector: propertyLabel: title</c> says so, in whichever file.
/// </summary>
public sealed class OneLinePropertyTests
{
    private const string Schema = """
        schemas:
          Item:
            type: object
            properties:
              etag: string internal | ETag | The version.
              state: enum(on, off) advanced | State
              id: uuid
        """;

    [Fact]
    public void A_visibility_word_after_the_type_writes_x_ms_visibility()
    {
        var properties = Properties(TempModelFolder.LoadSingle(Header + Schema));

        Assert.Equal(
            """{"type":"string","x-ms-summary":"ETag","description":"The version.","x-ms-visibility":"internal"}""",
            properties["etag"]!.ToJsonString());
        Assert.Equal("""{"type":"string","enum":["on","off"],"x-ms-summary":"State","x-ms-visibility":"advanced"}""", properties["state"]!.ToJsonString());
        Assert.Equal("""{"type":"string","format":"uuid"}""", properties["id"]!.ToJsonString());
    }

    [Fact]
    public void With_property_label_title_the_label_writes_the_title()
    {
        var properties = Properties(TempModelFolder.LoadSingle(Header + "  propertyLabel: title\n" + Schema));

        Assert.Equal(
            """{"type":"string","title":"ETag","description":"The version.","x-ms-visibility":"internal"}""",
            properties["etag"]!.ToJsonString());
    }

    [Fact]
    public void The_property_label_applies_to_schemas_read_before_the_connector_section()
    {
        // schemas.yaml is read after connector.yaml, a.yaml before the file that holds the connector section.
        using var folder = new TempModelFolder(("connector.yaml", Schema), ("b.yaml", Header + "  propertyLabel: title\n"));

        var properties = Properties(folder.Load());

        Assert.Equal("ETag", properties["etag"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public void A_wrong_property_label_is_reported_where_it_is_written()
    {
        var result = TempModelFolder.LoadSingle(Header + "  propertyLabel: caption\n" + Schema);

        var diagnostic = LoadAssert.Single(result, "CK1005", 6, 18);
        Assert.Contains("summary, title", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_after_the_type_that_is_no_visibility_is_reported_at_the_line()
    {
        var result = TempModelFolder.LoadSingle(Header + Schema.Replace("uuid", "uuid hidden", StringComparison.Ordinal));

        var diagnostic = LoadAssert.Single(result, "CK1005", 12, 11);
        Assert.Contains("'uuid hidden' is not a type", diagnostic.Message, StringComparison.Ordinal);
    }

    private static JsonObject Properties(ConnectorKit.Loading.ModelLoadResult result)
    {
        Assert.Empty(result.Diagnostics);
        var swagger = ModelExpander.Expand(result.Model!).Definition.ApiDefinition;
        return swagger["definitions"]!["Item"]!["properties"]!.AsObject();
    }
}
