using ConnectorKit.Tests.Loading;

namespace ConnectorKit.Tests.Expansion;

/// <summary>
/// <c>enum</c> as a mapping of display names, and <c>enumValues</c> written out, expand alike in parameters, schemas
/// and webhook filters: <c>enum</c>, then <c>x-ms-enum-values</c>.
/// </summary>
public sealed class EnumExpanderTests
{
    private const string Yaml = """
        connector: { title: Contoso, description: Contoso's API., version: "1.0", host: api.contoso.com, publisher: Contoso }
        schemas:
          Page:
            type: object
            properties:
              size:
                type: string
                enum: { A4: A4 Size, Letter: US Letter }
              status:
                type: integer
                enum: [0, 2]
                enumValues:
                - { displayName: Converted, value: 2 }
              switch:
                type: string
                enumType: { name: Switch, modelAsString: true }
        actions:
          DeleteHook:
            delete: /hooks/{id}
            summary: Delete a subscription
            description: Deletes a subscription.
            parameters: [{ name: id, in: path, type: string }]
          List:
            get: /items
            summary: List items
            description: Lists items.
            parameters:
            - name: state
              in: query
              type: string
              enum: ["", "true", "false"]
              enumValues: [{ value: "true", displayName: Yes }]
        triggers:
          OnOrder:
            summary: When an order is created
            description: Fires when an order is created.
            webhook: { path: /hooks, unsubscribe: DeleteHook }
            filters:
              kind:
                type: string
                enum: [b, a]
                enumValues: [{ value: a, displayName: A }, { value: b, displayName: B }]
            payload: { type: object }
        """;

    [Fact]
    public void A_schema_says_display_names_with_the_mapping_form_or_the_entries_written_out()
    {
        var properties = Expand()["definitions"]!["Page"]!["properties"]!;

        Assert.Equal(
            """{"type":"string","enum":["A4","Letter"],"x-ms-enum-values":[{"value":"A4","displayName":"A4 Size"},{"value":"Letter","displayName":"US Letter"}]}""",
            properties["size"]!.ToJsonString());
        Assert.Equal(
            """{"type":"integer","enum":[0,2],"x-ms-enum-values":[{"displayName":"Converted","value":2}]}""",
            properties["status"]!.ToJsonString());
    }

    [Fact]
    public void A_parameter_writes_its_entries_as_given_after_enum()
    {
        var parameter = Expand()["paths"]!["/items"]!["get"]!["parameters"]![0]!;

        Assert.Equal(
            """{"name":"state","in":"query","required":false,"type":"string","enum":["","true","false"],"x-ms-enum-values":[{"value":"true","displayName":"Yes"}]}""",
            parameter.ToJsonString());
    }

    [Fact]
    public void A_filter_writes_its_entries_in_their_own_order()
    {
        var kind = Expand()["paths"]!["/hooks"]!["post"]!["parameters"]![0]!["schema"]!["properties"]!["kind"]!;

        Assert.Equal(
            """{"type":"string","enum":["b","a"],"x-ms-enum-values":[{"value":"a","displayName":"A"},{"value":"b","displayName":"B"}]}""",
            kind.ToJsonString());
    }

    [Fact]
    public void An_enum_type_writes_x_ms_enum_and_a_missing_name_is_reported_at_its_mapping()
    {
        Assert.Equal(
            """{"type":"string","x-ms-enum":{"name":"Switch","modelAsString":true}}""",
            Expand()["definitions"]!["Page"]!["properties"]!["switch"]!.ToJsonString());

        var yaml = Yaml.Replace("name: Switch, ", string.Empty, StringComparison.Ordinal);
        var load = InMemoryModel.Load(yaml);

        var error = Assert.Single(load.Diagnostics, d => d.Severity == ConnectorKit.Diagnostics.Severity.Error);
        Assert.Equal((ConnectorKit.Diagnostics.DiagnosticCodes.MissingKey.Code, 16), (error.Code, error.Position.Line));
    }

    private static System.Text.Json.Nodes.JsonNode Expand() =>
        InMemoryModel.Expand(Yaml).Definition.ApiDefinition;
}
