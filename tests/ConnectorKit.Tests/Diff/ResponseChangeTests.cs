using ConnectorKit.Diagnostics;
using ConnectorKit.Diff;

namespace ConnectorKit.Tests.Diff;

public class ResponseChangeTests
{
    private const string ItemsSchema = """{ "type": "array", "items": { "$ref": "#/definitions/Item" } }""";

    [Fact]
    public void A_removed_response_property_is_an_error_at_the_old_definition()
    {
        var old = Definitions("""{ "id": { "type": "string" }, "title": { "type": "string" } }""");
        using var scenario = new DiffScenario(old, Definitions("""{ "id": { "type": "string" } }"""));

        var finding = Assert.Single(scenario.Compare());

        Assert.Equal(DiffCodes.ResponsePropertyRemoved.Code, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(DiffScenario.Locate(scenario.OldSwaggerFile, old, "\"title\": {"), finding.Position);
        Assert.Contains("the response body[].title was removed", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_retyped_response_property_is_an_error_at_the_new_definition()
    {
        var current = Definitions("""{ "id": { "type": "integer" } }""");
        using var scenario = new DiffScenario(Definitions("""{ "id": { "type": "string" } }"""), current);

        var finding = Assert.Single(scenario.Compare());

        Assert.Equal(DiffCodes.ResponsePropertyTypeChanged.Code, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(DiffScenario.Locate(scenario.NewSwaggerFile, current, "\"id\""), finding.Position);
    }

    [Fact]
    public void An_added_response_property_is_not_reported()
    {
        using var scenario = new DiffScenario(
            Definitions("""{ "id": { "type": "string" } }"""),
            Definitions("""{ "id": { "type": "string" }, "title": { "type": "string" } }"""));

        Assert.Empty(scenario.Compare());
    }

    [Fact]
    public void A_recursive_definition_is_compared_once_and_ends()
    {
        var old = Definitions("""{ "id": { "type": "string" }, "children": { "type": "array", "items": { "$ref": "#/definitions/Item" } } }""");
        var current = Definitions("""{ "children": { "type": "array", "items": { "$ref": "#/definitions/Item" } } }""");
        using var scenario = new DiffScenario(old, current);

        var finding = Assert.Single(scenario.Compare());

        Assert.Equal(DiffCodes.ResponsePropertyRemoved.Code, finding.Code);
    }

    [Fact]
    public void A_response_that_no_longer_has_a_schema_is_a_removal()
    {
        var current = Swaggers.With("""{ "/items": { "get": { "operationId": "GetItems", "responses": { "200": { "description": "OK" } } } } }""");
        using var scenario = new DiffScenario(Swaggers.GetItems(), current);

        var finding = Assert.Single(scenario.Compare());

        Assert.Equal(DiffCodes.ResponsePropertyRemoved.Code, finding.Code);
        Assert.Equal(DiffScenario.Locate(scenario.NewSwaggerFile, current, "\"200\""), finding.Position);
    }

    private static string Definitions(string itemProperties) =>
        Swaggers.With(
            $$"""{ "/items": { "get": { "operationId": "GetItems", "responses": { "200": { "description": "OK", "schema": {{ItemsSchema}} } } } } }""",
            definitions: $$"""
            {
              "Item": {
                "type": "object",
                "properties": {{itemProperties}}
              }
            }
            """);
}
