using ConnectorKit.Diagnostics;
using ConnectorKit.Diff;

namespace ConnectorKit.Tests.Diff;

public class OperationChangeTests
{
    private const string TwoOperations = """
        {
            "/items": {
              "get": { "operationId": "GetItems", "responses": { "200": { "description": "OK" } } }
            },
            "/items/{id}": {
              "delete": { "operationId": "DeleteItem", "parameters": [{ "name": "id", "in": "path", "required": true, "type": "string" }], "responses": { "204": { "description": "Gone" } } }
            }
          }
        """;

    [Fact]
    public void Identical_versions_have_no_findings()
    {
        var swagger = Swaggers.With(TwoOperations);
        using var scenario = new DiffScenario(swagger, swagger);

        Assert.Empty(scenario.Compare());
    }

    [Fact]
    public void A_removed_operation_is_an_error_at_the_old_file_with_the_safe_route()
    {
        var current = Swaggers.With("""{ "/items": { "get": { "operationId": "GetItems", "responses": { "200": { "description": "OK" } } } } }""");
        using var scenario = new DiffScenario(Swaggers.With(TwoOperations), current);

        var finding = scenario.Single(DiffCodes.OperationRemoved);

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(DiffScenario.Locate(scenario.OldSwaggerFile, scenario.OldSwagger, "\"delete\""), finding.Position);
        Assert.Contains("'DeleteItem'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'DeleteItemV2' with \"x-ms-api-annotation\": { \"family\": \"DeleteItem\", \"revision\": 2 }", finding.Message, StringComparison.Ordinal);
        Assert.Contains("mark 'DeleteItem' \"deprecated\": true, \"x-ms-visibility\": \"internal\" so", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_a_deprecated_operation_is_still_an_error_and_advises_keeping_it_hidden()
    {
        using var scenario = new DiffScenario(Swaggers.GetItems(extra: """ "deprecated": true,"""), Swaggers.With("{}"));

        var finding = scenario.Single(DiffCodes.OperationRemoved);

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("keep the deprecated 'GetItems' in the definition, hidden with \"x-ms-visibility\": \"internal\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_added_operation_is_info()
    {
        var old = Swaggers.With("""{ "/items": { "get": { "operationId": "GetItems", "responses": { "200": { "description": "OK" } } } } }""");
        using var scenario = new DiffScenario(old, Swaggers.With(TwoOperations));

        var finding = Assert.Single(scenario.Compare());

        Assert.Equal(DiffCodes.OperationAdded.Code, finding.Code);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(DiffScenario.Locate(scenario.NewSwaggerFile, scenario.NewSwagger, "\"delete\""), finding.Position);
    }

    [Fact]
    public void A_new_id_at_the_same_route_is_an_id_change_at_the_new_operation_id()
    {
        var current = Swaggers.With(TwoOperations.Replace("\"DeleteItem\"", "\"RemoveItem\"", StringComparison.Ordinal));
        using var scenario = new DiffScenario(Swaggers.With(TwoOperations), current);

        var finding = Assert.Single(scenario.Compare());

        Assert.Equal(DiffCodes.OperationIdChanged.Code, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(DiffScenario.Locate(scenario.NewSwaggerFile, current, "\"operationId\": \"RemoveItem\""), finding.Position);
        Assert.Contains("was 'DeleteItem' and is now 'RemoveItem'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_path_is_an_error_at_the_new_operation()
    {
        var current = Swaggers.With(TwoOperations.Replace("\"/items/{id}\"", "\"/things/{id}\"", StringComparison.Ordinal));
        using var scenario = new DiffScenario(Swaggers.With(TwoOperations), current);

        var finding = scenario.Single(DiffCodes.OperationPathChanged);

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(DiffScenario.Locate(scenario.NewSwaggerFile, current, "\"delete\""), finding.Position);
        Assert.Contains("from '/items/{id}' to '/things/{id}'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Renaming_only_a_path_template_is_no_path_change()
    {
        var current = Swaggers.With(TwoOperations.Replace("{id}", "{itemId}", StringComparison.Ordinal));
        using var scenario = new DiffScenario(Swaggers.With(TwoOperations), current);

        Assert.DoesNotContain(scenario.Compare(), d => d.Code == DiffCodes.OperationPathChanged.Code);
    }

    [Fact]
    public void A_changed_method_is_an_error_at_the_new_operation()
    {
        var current = Swaggers.With(TwoOperations.Replace("\"delete\"", "\"post\"", StringComparison.Ordinal));
        using var scenario = new DiffScenario(Swaggers.With(TwoOperations), current);

        var finding = Assert.Single(scenario.Compare());

        Assert.Equal(DiffCodes.OperationMethodChanged.Code, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(DiffScenario.Locate(scenario.NewSwaggerFile, current, "\"post\""), finding.Position);
        Assert.Contains("from DELETE to POST", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Making_an_operation_internal_without_deprecating_it_is_an_error()
    {
        var current = Swaggers.GetItems(extra: """ "x-ms-visibility": "internal",""");
        using var scenario = new DiffScenario(Swaggers.GetItems(), current);

        var finding = Assert.Single(scenario.Compare());

        Assert.Equal(DiffCodes.VisibilityMadeInternal.Code, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(DiffScenario.Locate(scenario.NewSwaggerFile, current, "\"x-ms-visibility\""), finding.Position);
    }

    [Fact]
    public void Deprecating_and_hiding_an_operation_is_the_safe_route_and_only_info()
    {
        var current = Swaggers.GetItems(extra: """ "deprecated": true, "x-ms-visibility": "internal",""");
        using var scenario = new DiffScenario(Swaggers.GetItems(), current);

        var finding = Assert.Single(scenario.Compare());

        Assert.Equal(DiffCodes.OperationDeprecated.Code, finding.Code);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(DiffScenario.Locate(scenario.NewSwaggerFile, current, "\"deprecated\""), finding.Position);
        Assert.Contains("deprecated and hidden", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", """ "x-ms-trigger": "batch",""", "was an action and is now a polling trigger (batch)")]
    [InlineData(""" "x-ms-trigger": "single",""", """ "x-ms-trigger": "batch",""", "was a polling trigger (single) and is now a polling trigger (batch)")]
    public void A_changed_trigger_kind_is_an_error_at_the_new_operation(string oldExtra, string newExtra, string expected)
    {
        var current = Swaggers.GetItems(extra: newExtra);
        using var scenario = new DiffScenario(Swaggers.GetItems(extra: oldExtra), current);

        var finding = Assert.Single(scenario.Compare());

        Assert.Equal(DiffCodes.TriggerKindChanged.Code, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(DiffScenario.Locate(scenario.NewSwaggerFile, current, "\"get\""), finding.Position);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_safe_route_continues_an_existing_family_at_its_next_revision()
    {
        var old = Swaggers.GetItems(extra: """ "x-ms-api-annotation": { "family": "ListItems", "revision": 2 },""")
            .Replace("\"GetItems\"", "\"GetItemsV2\"", StringComparison.Ordinal);
        using var scenario = new DiffScenario(old, Swaggers.With("{}"));

        var finding = scenario.Single(DiffCodes.OperationRemoved);

        Assert.Contains("'GetItemsV3' with \"x-ms-api-annotation\": { \"family\": \"ListItems\", \"revision\": 3 }", finding.Message, StringComparison.Ordinal);
    }
}
