using System.Text.Json.Nodes;
using ConnectorKit.Import;

namespace ConnectorKit.Tests.Import;

/// <summary>
/// x-ms-enum-values imports typed wherever it is: as the mapping form of <c>enum</c> when it names every value in
/// order, else written out under <c>enumValues</c>.
/// </summary>
public sealed class EnumImporterTests
{
    [Fact]
    public void Display_names_in_schemas_and_entries_the_mapping_cannot_say_import_typed_and_come_back_exactly()
    {
        const string paths = """
            {
              "/leads": { "post": {
                "summary": "Find leads", "description": "Finds leads.", "operationId": "FindLeads",
                "parameters": [
                  { "name": "sort", "in": "query", "type": "string", "enum": ["b", "a"],
                    "x-ms-enum-values": [ { "value": "a", "displayName": "A" }, { "value": "b", "displayName": "B" } ] },
                  { "name": "body", "in": "body", "schema": { "type": "object", "properties": {
                    "size": { "type": "string", "enum": ["A4", "Letter"],
                      "x-ms-enum-values": [ { "displayName": "A4 Size", "value": "A4" }, { "displayName": "US Letter", "value": "Letter" } ] },
                    "status": { "type": "integer", "enum": [0, 2],
                      "x-ms-enum-values": [ { "displayName": "Open", "value": 0 }, { "displayName": "Converted", "value": 2 } ] },
                    "public": { "type": "string", "enum": ["", "true", "false"],
                      "x-ms-enum-values": [ { "value": "true", "displayName": "Public" }, { "value": "false", "displayName": "Private" } ] }
                  } } }
                ],
                "responses": { "200": { "description": "OK" } } } }
            }
            """;
        using var folder = new ConnectorFolder("Enums", Samples.Swagger(paths), Samples.Properties);

        var yaml = folder.ImportExactly();

        Assert.DoesNotContain("x-ms-enum-values", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("extensions", yaml, StringComparison.Ordinal);
        Assert.Contains("enum:\n              A4: A4 Size\n              Letter: US Letter\n", yaml, StringComparison.Ordinal);
        Assert.Contains("enumValues:\n            - displayName: Open\n              value: 0\n", yaml, StringComparison.Ordinal);
        Assert.Contains("enumValues:\n            - value: \"true\"\n", yaml, StringComparison.Ordinal);
        Assert.Contains("enumValues:\n      - value: a\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void An_autorest_enum_type_in_a_schema_imports_as_enum_type()
    {
        var schema = JsonNode.Parse("""
            { "type": "string", "enum": ["On", "Off"], "x-ms-enum": { "name": "Switch", "modelAsString": false } }
            """)!.AsObject();

        var yaml = SchemaImporter.ImportObject(schema);

        Assert.Equal("""{"type":"string","enum":["On","Off"],"enumType":{"name":"Switch","modelAsString":false}}""", yaml.ToJsonString());
    }

    [Fact]
    public void An_autorest_enum_type_with_values_stays_raw()
    {
        var schema = JsonNode.Parse("""
            { "type": "string", "x-ms-enum": { "name": "Switch", "values": [{ "value": "On" }] } }
            """)!.AsObject();

        var yaml = SchemaImporter.ImportObject(schema);

        Assert.Equal("""{"type":"string","extensions":{"x-ms-enum":{"name":"Switch","values":[{"value":"On"}]}}}""", yaml.ToJsonString());
    }
}
