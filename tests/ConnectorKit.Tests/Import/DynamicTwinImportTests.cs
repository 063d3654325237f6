namespace ConnectorKit.Tests.Import;

/// <summary>
/// The newer twins of pickers and dynamic schemas (x-ms-dynamic-list, x-ms-dynamic-properties) are typed when the model
/// writes them back the same, a reference prefix, references of their own and constants included; one it cannot write
/// stays raw beside them.
/// </summary>
public sealed class DynamicTwinImportTests
{
    private const string Paths = """
        {
          "/items": {
            "post": {
              "summary": "Add an item", "description": "Adds an item.", "operationId": "AddItem",
              "parameters": [ { "name": "item", "in": "body", "required": true, "schema": { "$ref": "#/definitions/Item" } } ],
              "responses": { "200": { "description": "OK" } }
            }
          }
        }
        """;

    private const string Definitions = """
        ,
          "definitions": {
            "Item": {
              "type": "object",
              "properties": {
                "table": {
                  "type": "string", "x-ms-summary": "Table", "x-ms-visibility": "advanced",
                  "x-ms-dynamic-values": { "operationId": "ListTables", "parameters": { "store": { "parameter": "store" }, "kind": "all" }, "value-path": "name" },
                  "x-ms-dynamic-list": { "operationId": "ListTables", "parameters": { "store": { "parameterReference": "item/store" }, "kind": { "value": "all" } }, "itemValuePath": "name" }
                },
                "fields": {
                  "type": "object", "x-ms-summary": "Fields",
                  "x-ms-dynamic-schema": { "operationId": "GetFields", "parameters": { "table": { "parameter": "table" } }, "value-path": "schema" },
                  "x-ms-dynamic-properties": { "operationId": "GetFields", "parameters": { "table": { "parameterReference": "table" } }, "itemValuePath": "fields" }
                }
              }
            }
          }
        """;

    [Fact]
    public void A_twin_the_model_writes_back_is_typed_and_one_it_cannot_stays_raw_beside_the_typed_keys()
    {
        using var folder = new ConnectorFolder("DynamicTwins", Samples.Swagger(Paths, Definitions), Samples.Properties);

        var yaml = folder.ImportExactly();

        Assert.Contains("list: true", yaml, StringComparison.Ordinal);
        Assert.Contains("referencePrefix: item/", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("x-ms-dynamic-list", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("x-ms-summary", yaml, StringComparison.Ordinal);
        Assert.Contains("dynamicSchema:", yaml, StringComparison.Ordinal);
        Assert.Contains("extensions:\n", yaml, StringComparison.Ordinal);
        Assert.Contains("x-ms-dynamic-properties:", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Inputs_named_otherwise_get_references_and_a_missing_value_path_propertiesValuePath_false()
    {
        var definitions = Definitions
            .Replace(
                """{ "store": { "parameterReference": "item/store" }, "kind": { "value": "all" } }""",
                """{ "store": { "parameterReference": "item/shop" }, "kind": { "value": "all" } }""",
                StringComparison.Ordinal)
            .Replace(""", "itemValuePath": "fields" }""", " }", StringComparison.Ordinal);
        using var folder = new ConnectorFolder("DynamicTwinReferences", Samples.Swagger(Paths, definitions), Samples.Properties);

        var yaml = folder.ImportExactly();

        Assert.DoesNotContain("xtensions", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("referencePrefix", yaml, StringComparison.Ordinal);
        Assert.Contains("references: {store: item/shop}", yaml, StringComparison.Ordinal);
        Assert.Contains("propertiesValuePath: false", yaml, StringComparison.Ordinal);
    }
}
