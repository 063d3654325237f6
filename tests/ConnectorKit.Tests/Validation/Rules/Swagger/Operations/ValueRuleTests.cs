using ConnectorKit.Validation.Rules.Swagger.Operations;
using static ConnectorKit.Tests.Validation.Rules.Swagger.Operations.OperationsSwagger;

namespace ConnectorKit.Tests.Validation.Rules.Swagger.Operations;

/// <summary>Value lists (enum, x-ms-enum-values, sets), type/format pairs and paging.</summary>
public sealed class ValueRuleTests
{
    private static string WithQuery(string members) => Operation(
        $"        \"operationId\": \"GetItems\",\n        \"parameters\": [ {{ \"name\": \"kind\", \"in\": \"query\", {members} }} ],\n        {Ok}");

    [Fact]
    public void A_repeated_value_in_a_set_is_reported_at_the_repeat()
    {
        var rule = new ArrayDuplicateValue();
        var swagger = Operation($"        \"operationId\": \"GetItems\",\n        \"produces\": [ \"application/json\", \"text/plain\",\n          \"application/json\" ],\n        {Ok}");
        AssertAt(rule, swagger, "\"application/json\" ]");
        AssertClean(rule, WithQuery("\"type\": \"string\", \"enum\": [ \"a\", \"b\" ]"));
        AssertAt(rule, WithQuery("\"type\": \"string\", \"enum\": [ \"a\", \"b\", \"a\" ]"), "\"a\" ]");
    }

    [Fact]
    public void A_value_given_two_display_names_is_reported()
    {
        var rule = new DuplicateEnumValuesInExtension();
        AssertAt(rule, WithQuery("\"type\": \"string\", \"x-ms-enum-values\": [ { \"value\": \"a\", \"displayName\": \"A\" }, { \"value\": \"a\", \"displayName\": \"Also A\" } ]"), "\"value\"", 2);
        AssertClean(rule, WithQuery("\"type\": \"string\", \"x-ms-enum-values\": [ { \"value\": \"a\", \"displayName\": \"A\" }, { \"value\": \"b\", \"displayName\": \"B\" } ]"));
    }

    [Fact]
    public void An_enum_value_of_another_type_is_reported_at_the_value()
    {
        var rule = new InvalidEnumValue();
        AssertAt(rule, WithQuery("\"type\": \"integer\", \"enum\": [ 1, \"two\" ]"), "\"two\"");
        AssertAt(rule, WithQuery("\"type\": \"boolean\", \"enum\": [ true, 0 ]"), "0 ]");
        AssertClean(rule, WithQuery("\"type\": \"number\", \"enum\": [ 1, 2.5, \"3.5\" ]"));
        AssertClean(rule, WithQuery("\"type\": \"boolean\", \"enum\": [ \"true\", \"false\" ]"));
    }

    [Fact]
    public void A_display_name_for_a_value_outside_the_enum_is_reported()
    {
        var rule = new InvalidEnumValuesExtensionValue();
        AssertAt(rule, WithQuery("\"type\": \"string\", \"enum\": [ \"a\" ], \"x-ms-enum-values\": [ { \"value\": \"b\", \"displayName\": \"B\" } ]"), "\"value\"");
        AssertClean(rule, WithQuery("\"type\": \"string\", \"enum\": [ \"a\" ], \"x-ms-enum-values\": [ { \"value\": \"a\", \"displayName\": \"A\" } ]"));
    }

    [Fact]
    public void An_unknown_format_or_one_for_another_type_is_reported()
    {
        var rule = new UnrecognizedTypeFormat();
        AssertAt(rule, WithQuery("\"type\": \"string\", \"format\": \"guid\""), "\"format\"");
        AssertAt(rule, WithQuery("\"type\": \"number\", \"format\": \"int32\""), "\"format\"");
        AssertClean(rule, WithQuery("\"type\": \"string\", \"format\": \"date-no-tz\""));
    }

    [Fact]
    public void A_next_link_name_the_platform_does_not_follow_is_reported()
    {
        var rule = new InvalidNextLinkNameValue();
        string Paged(string name) => Operation($"        \"operationId\": \"GetItems\",\n        \"x-ms-pageable\": {{ \"nextLinkName\": \"{name}\" }},\n        {Ok}");
        AssertAt(rule, Paged("next"), "\"nextLinkName\"");
        AssertClean(rule, Paged("@odata.nextLink"));
    }
}
