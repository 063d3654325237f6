using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Import;
using ConnectorKit.Loading;

namespace ConnectorKit.Tests.Import;

/// <summary>Schema keys the corpus spells that the model types: x-nullable, and formats no one-word type says.</summary>
public sealed class SchemaImporterTests
{
    [Fact]
    public void X_nullable_imports_as_nullable()
    {
        var schema = JsonNode.Parse("""{ "type": "string", "x-nullable": true }""")!.AsObject();

        var yaml = SchemaImporter.ImportObject(schema);

        Assert.Equal("""{"type":"string","nullable":true}""", yaml.ToJsonString());
    }

    [Fact]
    public void A_property_whose_format_has_no_one_word_type_is_written_out_and_keeps_its_format()
    {
        var schema = JsonNode.Parse("""{ "type": "object", "properties": { "ratio": { "type": "number", "format": "integer" } } }""")!.AsObject();

        var yaml = SchemaImporter.ImportObject(schema);

        Assert.Equal("""{"type":"object","properties":{"ratio":{"type":"number","format":"integer"}}}""", yaml.ToJsonString());
    }

    [Fact]
    public void Nullable_writes_x_nullable_and_a_value_that_is_no_flag_is_reported_at_its_line()
    {
        const string Yaml = """
            connector: { title: Contoso, description: Contoso's API., version: "1.0", host: api.contoso.com, publisher: Contoso }
            schemas:
              Item:
                type: object
                nullable: true
              Other:
                type: string
                nullable: maybe
            """;

        var load = ModelLoader.Load("/models/contoso", [new ModelSourceFile("connector.yaml", Yaml)]);

        var error = Assert.Single(load.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(8, error.Position.Line);
        Assert.Contains("nullable", error.Message, StringComparison.Ordinal);
        var item = load.Model!.Schemas.Single(s => s.Name == "Item").Schema.Value!;
        Assert.Equal("""{"type":"object","x-nullable":true}""", item.ToJsonString());
    }

    [Fact]
    public void A_capitalized_visibility_imports_as_visibility_written_out_and_loads_as_written()
    {
        var schema = JsonNode.Parse(
            """{ "type": "object", "properties": { "url": { "type": "string", "x-ms-visibility": "Internal" } } }""")!.AsObject();

        var yaml = SchemaImporter.ImportObject(schema);

        Assert.Equal("""{"type":"object","properties":{"url":{"type":"string","visibility":"Internal"}}}""", yaml.ToJsonString());
        const string Yaml = """
            connector: { title: Contoso, description: Contoso's API., version: "1.0", host: api.contoso.com, publisher: Contoso }
            schemas:
              Item: { type: string, visibility: Internal }
              Other: { type: string, visibility: hidden }
            """;
        var load = ModelLoader.Load("/models/contoso", [new ModelSourceFile("connector.yaml", Yaml)]);
        var error = Assert.Single(load.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((4, 38), (error.Position.Line, error.Position.Column));
        var item = load.Model!.Schemas.Single(s => s.Name == "Item").Schema.Value!;
        Assert.Equal("""{"type":"string","x-ms-visibility":"Internal"}""", item.ToJsonString());
    }
}
