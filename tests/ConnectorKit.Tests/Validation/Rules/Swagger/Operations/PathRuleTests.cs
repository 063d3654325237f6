using ConnectorKit.Validation.Rules.Swagger.Operations;
using static ConnectorKit.Tests.Validation.Rules.Swagger.Operations.OperationsSwagger;

namespace ConnectorKit.Tests.Validation.Rules.Swagger.Operations;

/// <summary>Path templates: their form, and how they route.</summary>
public sealed class PathRuleTests
{
    private static string Paths(params (string Path, string Method, string Id)[] operations) => Document(string.Join(",\n", operations.Select(o =>
        $"    \"{o.Path}\": {{ \"{o.Method}\": {{ \"operationId\": \"{o.Id}\", \"parameters\": [{PathParameters(o.Path)}], {Ok} }} }}")));

    private static string PathParameters(string path) => string.Join(", ", System.Text.RegularExpressions.Regex.Matches(path, "{([^{}/]*)}")
        .Select(m => $"{{ \"name\": \"{m.Groups[1].Value}\", \"in\": \"path\", \"required\": true, \"type\": \"string\" }}"));

    [Theory]
    [InlineData(typeof(OperationPathMustStartWithSlash), "items", "/items")]
    [InlineData(typeof(OperationPathContainsUnsupportedCharacters), "/items/*", "/items/all")]
    [InlineData(typeof(OperationPathMayNotContainQueryOrFragment), "/items?kind=all", "/items%3Fkind=all")]
    [InlineData(typeof(OperationPathMayNotContainQueryOrFragment), "/items#top", "/items")]
    [InlineData(typeof(OperationPathTemplateNotValid), "/items/{id", "/items/{id}")]
    [InlineData(typeof(OperationPathTemplateNotValid), "/items/{a/b}", "/items/{a}/{b}")]
    [InlineData(typeof(OperationPathTemplateNotValid), "/items/id}", "/items/{id}.json")]
    [InlineData(typeof(OperationPathVariablesContainDefaults), "/items/{id=1}", "/items/{id}")]
    public void A_malformed_path_is_reported_at_its_key(Type ruleType, string bad, string good)
    {
        var rule = (ConnectorKit.Validation.IValidationRule)Activator.CreateInstance(ruleType)!;
        AssertAt(rule, Paths((bad, "get", "GetItems")), $"\"{bad}\"");
        AssertClean(rule, Paths((good, "get", "GetItems")));
    }

    [Fact]
    public void A_path_repeated_in_other_capitals_is_reported()
    {
        var rule = new PathRedefined();
        AssertAt(rule, Paths(("/items", "get", "GetItems"), ("/Items", "post", "AddItem")), "\"/Items\"");
        AssertClean(rule, Paths(("/items", "get", "GetItems"), ("/items/{id}", "get", "GetItem")));
    }

    [Fact]
    public void Paths_differing_only_in_variable_names_are_reported_for_the_same_method()
    {
        var rule = new DuplicateOperationPath();
        AssertAt(rule, Paths(("/items/{id}", "get", "GetItem"), ("/items/{name}", "get", "GetItemByName")), "\"get\"", 2);
        AssertClean(rule, Paths(("/items/{id}", "get", "GetItem"), ("/items/{name}", "delete", "DeleteItem")));
    }

    [Fact]
    public void A_variable_meeting_a_static_segment_is_reported_on_the_operation_with_the_variable()
    {
        var rule = new PartialDuplicateOperationPath();
        AssertAt(rule, Paths(("/items/recent", "get", "GetRecent"), ("/items/{id}", "get", "GetItem")), "\"get\"", 2);
        AssertClean(rule, Paths(("/items/recent", "get", "GetRecent"), ("/items/{id}/parts", "get", "GetParts")));
    }

    [Fact]
    public void A_path_variable_without_a_parameter_is_reported_at_the_operation()
    {
        var rule = new OperationMissingPathParameter();
        AssertAt(rule, Operation($"        \"operationId\": \"GetItem\",\n        {Ok}", path: "/items/{id}"), "\"get\"");
        AssertClean(rule, Paths(("/items/{id}", "get", "GetItem")));
    }

    [Fact]
    public void A_path_parameter_missing_from_the_template_is_reported_where_listed()
    {
        var rule = new PathParameterNotDefinedInTemplate();
        const string parameter = "{ \"name\": \"id\", \"in\": \"path\", \"required\": true, \"type\": \"string\" }";
        AssertAt(rule, Operation($"        \"parameters\": [ {parameter} ],\n        {Ok}"), "{ \"name\"");
        AssertClean(rule, Operation($"        \"parameters\": [ {parameter} ],\n        {Ok}", path: "/items/{id}"));
    }

    [Fact]
    public void A_path_parameter_not_marked_required_is_reported()
    {
        var rule = new PathParameterMustBeRequired();
        AssertAt(rule, Operation($"        \"parameters\": [ {{ \"name\": \"id\", \"in\": \"path\", \"required\": false, \"type\": \"string\" }} ],\n        {Ok}", path: "/items/{id}"), "\"required\"");
        AssertAt(rule, Operation($"        \"parameters\": [ {{ \"name\": \"id\", \"in\": \"path\", \"type\": \"string\" }} ],\n        {Ok}", path: "/items/{id}"), "{ \"name\"");
        AssertClean(rule, Paths(("/items/{id}", "get", "GetItem")));
    }
}
