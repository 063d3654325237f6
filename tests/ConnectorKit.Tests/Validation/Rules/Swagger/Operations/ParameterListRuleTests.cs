using ConnectorKit.Validation.Rules.Swagger.Operations;
using static ConnectorKit.Tests.Validation.Rules.Swagger.Operations.OperationsSwagger;

namespace ConnectorKit.Tests.Validation.Rules.Swagger.Operations;

/// <summary>The parameter lists of operations and path items, and what a parameter may be called or where it may go.</summary>
public sealed class ParameterListRuleTests
{
    private const string Query = "{ \"name\": \"top\", \"in\": \"query\", \"type\": \"integer\" }";
    private const string Body = "{ \"name\": \"body\", \"in\": \"body\", \"schema\": { \"type\": \"object\" } }";
    private const string OtherBody = "{ \"name\": \"extra\", \"in\": \"body\", \"schema\": { \"type\": \"object\" } }";
    private const string SharedTop = "\"parameters\": { \"top\": { \"name\": \"top\", \"in\": \"query\", \"type\": \"integer\" } }";

    private static string WithParameters(string parameters, string method = "post", string topLevel = "") =>
        Operation($"        \"operationId\": \"Act\",\n        \"parameters\": [\n          {parameters}\n        ],\n        {Ok}", method, topLevel: topLevel);

    private static string WithPathItemParameters(string parameters) => Document(
        $"    \"/items\": {{\n      \"parameters\": [\n        {parameters}\n      ],\n      \"get\": {{ \"operationId\": \"GetItems\", {Ok} }}\n    }}");

    [Fact]
    public void The_same_entry_listed_twice_is_reported_at_the_repeat()
    {
        var rule = new OperationParametersAreNotUnique();
        AssertAt(rule, WithParameters("{ \"$ref\": \"#/parameters/top\" },\n          { \"$ref\": \"#/parameters/top\" }", topLevel: SharedTop), "{ \"$ref\"", 2);
        AssertClean(rule, WithParameters("{ \"$ref\": \"#/parameters/top\" }", topLevel: SharedTop));
    }

    [Fact]
    public void Two_parameters_with_one_name_and_location_are_reported_at_the_second()
    {
        var rule = new OperationParametersContainDuplicateParameter();
        AssertAt(rule, WithParameters($"{Query},\n          {{ \"$ref\": \"#/parameters/top\" }}", topLevel: SharedTop), "{ \"$ref\"");
        AssertClean(rule, WithParameters($"{Query},\n          {{ \"name\": \"top\", \"in\": \"header\", \"type\": \"string\" }}"));
    }

    [Fact]
    public void A_second_body_parameter_of_an_operation_is_reported()
    {
        var rule = new OperationParametersContainMultipleBodyParameters();
        AssertAt(rule, WithParameters($"{Body},\n          {OtherBody}"), "{ \"name\": \"extra\"");
        AssertClean(rule, WithParameters($"{Body},\n          {Query}"));
    }

    [Fact]
    public void A_path_item_repeating_a_parameter_is_reported()
    {
        var rule = new PathParametersContainDuplicateParameter();
        AssertAt(rule, WithPathItemParameters($"{Query},\n        {{ \"name\": \"top\", \"in\": \"query\", \"type\": \"string\" }}"), "{ \"name\"", 2);
        AssertClean(rule, WithPathItemParameters(Query));
    }

    [Fact]
    public void A_path_item_with_two_body_parameters_is_reported()
    {
        var rule = new PathParametersContainMultipleBodyParameters();
        AssertAt(rule, WithPathItemParameters($"{Body},\n        {OtherBody}"), "{ \"name\": \"extra\"");
        AssertClean(rule, WithPathItemParameters(Body));
    }

    [Fact]
    public void A_get_operation_with_a_body_is_reported_at_the_body()
    {
        var rule = new BodyOrFormDataParameterInFetchOperationNotAllowed();
        AssertAt(rule, WithParameters($"{Query},\n          {Body}", method: "get"), "{ \"name\": \"body\"");
        AssertClean(rule, WithParameters($"{Query},\n          {Body}", method: "post"));
    }

    [Fact]
    public void A_parameter_named_connection_id_is_reported_at_its_name()
    {
        var rule = new ConnectionIdParameterNotAllowed();
        AssertAt(rule, WithParameters("{ \"name\": \"connectionId\", \"in\": \"query\", \"type\": \"string\" }"), "\"name\"");
        AssertClean(rule, WithParameters("{ \"name\": \"connection\", \"in\": \"query\", \"type\": \"string\" }"));
    }

    [Fact]
    public void A_form_field_name_outside_ascii_is_reported()
    {
        var rule = new InvalidFormDataParameterName();
        AssertAt(rule, WithParameters("{ \"name\": \"größe\", \"in\": \"formData\", \"type\": \"string\" }"), "\"name\"");
        AssertClean(rule, WithParameters("{ \"name\": \"size\", \"in\": \"formData\", \"type\": \"string\" }"));
    }
}
