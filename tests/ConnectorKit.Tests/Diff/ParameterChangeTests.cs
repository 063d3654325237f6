using ConnectorKit.Diagnostics;
using ConnectorKit.Diff;

namespace ConnectorKit.Tests.Diff;

public class ParameterChangeTests
{
    private const string Top = """{ "name": "top", "in": "query", "type": "integer" }""";

    [Fact]
    public void An_added_required_parameter_is_an_error_at_the_new_parameter()
    {
        var current = Swaggers.GetItems($$"""[{{Top}}, { "name": "scope", "in": "query", "type": "string", "required": true }]""");
        using var scenario = new DiffScenario(Swaggers.GetItems($"[{Top}]"), current);

        var finding = Assert.Single(scenario.Compare());

        Assert.Equal(DiffCodes.RequiredParameterAdded.Code, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(DiffScenario.Locate(scenario.NewSwaggerFile, current, "{ \"name\": \"scope\""), finding.Position);
        Assert.Contains("the required query parameter 'scope'", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "name": "scope", "in": "query", "type": "string" }""")]
    [InlineData("""{ "name": "scope", "in": "query", "type": "string", "required": true, "default": "all" }""")]
    public void An_added_optional_parameter_or_one_with_a_default_is_info(string parameter)
    {
        using var scenario = new DiffScenario(Swaggers.GetItems($"[{Top}]"), Swaggers.GetItems($"[{Top}, {parameter}]"));

        var finding = Assert.Single(scenario.Compare());

        Assert.Equal(DiffCodes.ParameterAdded.Code, finding.Code);
        Assert.Equal(Severity.Info, finding.Severity);
    }

    [Fact]
    public void A_removed_parameter_is_an_error_at_the_old_parameter()
    {
        var old = Swaggers.GetItems($$"""[{ "name": "skip", "in": "query", "type": "integer" }, {{Top}}]""");
        using var scenario = new DiffScenario(old, Swaggers.GetItems($"[{Top}]"));

        var finding = Assert.Single(scenario.Compare());

        Assert.Equal(DiffCodes.ParameterRemoved.Code, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(DiffScenario.Locate(scenario.OldSwaggerFile, old, "{ \"name\": \"skip\""), finding.Position);
    }

    [Fact]
    public void A_parameter_that_moved_is_a_location_change_at_the_new_parameter()
    {
        var current = Swaggers.GetItems("""[{ "name": "top", "in": "header", "type": "integer" }]""");
        using var scenario = new DiffScenario(Swaggers.GetItems($"[{Top}]"), current);

        var finding = Assert.Single(scenario.Compare());

        Assert.Equal(DiffCodes.ParameterLocationChanged.Code, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(DiffScenario.Locate(scenario.NewSwaggerFile, current, "{ \"name\": \"top\""), finding.Position);
        Assert.Contains("moved from query to header", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_parameter_type_is_an_error_at_the_new_parameter()
    {
        var current = Swaggers.GetItems("""[{ "name": "top", "in": "query", "type": "string" }]""");
        using var scenario = new DiffScenario(Swaggers.GetItems($"[{Top}]"), current);

        var finding = Assert.Single(scenario.Compare());

        Assert.Equal(DiffCodes.ParameterTypeChanged.Code, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(DiffScenario.Locate(scenario.NewSwaggerFile, current, "{ \"name\": \"top\""), finding.Position);
        Assert.Contains("from integer to string", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_made_required_is_an_error_at_the_new_parameter()
    {
        var current = Swaggers.GetItems("""[{ "name": "top", "in": "query", "type": "integer", "required": true }]""");
        using var scenario = new DiffScenario(Swaggers.GetItems($"[{Top}]"), current);

        var finding = Assert.Single(scenario.Compare());

        Assert.Equal(DiffCodes.ParameterMadeRequired.Code, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(DiffScenario.Locate(scenario.NewSwaggerFile, current, "{ \"name\": \"top\""), finding.Position);
    }

    [Fact]
    public void A_removed_enum_value_is_an_error_at_the_new_enum_and_an_added_one_is_not_reported()
    {
        var old = Swaggers.GetItems("""[{ "name": "order", "in": "query", "type": "string", "enum": ["asc", "desc"] }]""");
        var current = Swaggers.GetItems("""[{ "name": "order", "in": "query", "type": "string", "enum": ["asc", "random"] }]""");
        using var scenario = new DiffScenario(old, current);

        var finding = Assert.Single(scenario.Compare());

        Assert.Equal(DiffCodes.EnumValueRemoved.Code, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(DiffScenario.Locate(scenario.NewSwaggerFile, current, "\"enum\""), finding.Position);
        Assert.Contains("no longer accepts \"desc\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shared_parameter_reference_compares_by_content()
    {
        var old = Swaggers.GetItems($"[{Top}]");
        var current = Swaggers.With(
            """{ "/items": { "get": { "operationId": "GetItems", "parameters": [{ "$ref": "#/parameters/top" }], "responses": { "200": { "description": "OK", "schema": { "type": "object" } } } } } }""",
            parameters: $$"""{ "top": {{Top}} }""");
        using var scenario = new DiffScenario(old, current);

        Assert.Empty(scenario.Compare());
    }

    [Fact]
    public void Body_properties_are_compared_through_definitions()
    {
        const string Paths = """{ "/items": { "post": { "operationId": "CreateItem", "parameters": [{ "name": "body", "in": "body", "schema": { "$ref": "#/definitions/Item" } }], "responses": { "201": { "description": "Created" } } } } }""";
        var old = Swaggers.With(Paths, definitions: """
            { "Item": { "type": "object", "properties": { "name": { "type": "string" }, "size": { "type": "integer" }, "note": { "type": "string" } } } }
            """);
        var current = Swaggers.With(Paths, definitions: """
            { "Item": { "type": "object", "required": ["name", "owner"], "properties": { "name": { "type": "string" }, "size": { "type": "string" }, "owner": { "type": "string" } } } }
            """);
        using var scenario = new DiffScenario(old, current);

        var findings = scenario.Compare();

        // Sorted by file (new/ before old/), then position.
        Assert.Equal(
            [
                (DiffCodes.ParameterMadeRequired.Code, DiffScenario.Locate(scenario.NewSwaggerFile, current, "\"name\": {")),
                (DiffCodes.ParameterTypeChanged.Code, DiffScenario.Locate(scenario.NewSwaggerFile, current, "\"size\"")),
                (DiffCodes.RequiredParameterAdded.Code, DiffScenario.Locate(scenario.NewSwaggerFile, current, "\"owner\": {")),
                (DiffCodes.ParameterRemoved.Code, DiffScenario.Locate(scenario.OldSwaggerFile, old, "\"note\"")),
            ],
            findings.Select(f => (f.Code, f.Position)));
        Assert.All(findings, f => Assert.Equal(Severity.Error, f.Severity));
        Assert.Contains(findings, f => f.Message.Contains("the body 'body'.size changed type from integer to string", StringComparison.Ordinal));
    }
}
