using ConnectorKit.Validation.Rules.Swagger.Operations;
using static ConnectorKit.Tests.Validation.Rules.Swagger.Operations.OperationsSwagger;

namespace ConnectorKit.Tests.Validation.Rules.Swagger.Operations;

/// <summary>Operation ids and summaries, and the number of operations.</summary>
public sealed class OperationIdRuleTests
{
    private static string WithId(string id) => Operation($"        \"operationId\": \"{id}\",\n        {Ok}");

    private static string WithSummary(string summary) => Operation($"        \"operationId\": \"GetItems\",\n        \"summary\": \"{summary}\",\n        {Ok}");

    [Fact]
    public void An_operation_without_id_is_reported()
    {
        var rule = new OperationIdRequired();
        AssertAt(rule, Operation($"        {Ok}"), "\"get\"");
        AssertAt(rule, WithId(" "), "\"operationId\"");
        AssertClean(rule, WithId("GetItems"));
    }

    [Fact]
    public void A_repeated_id_is_reported_at_the_second_operation()
    {
        var rule = new OperationIdNotUnique();
        var swagger = Document($"    \"/a\": {{ \"get\": {{ \"operationId\": \"Get\", {Ok} }} }},\n    \"/b\": {{ \"get\": {{ \"operationId\": \"Get\", {Ok} }} }}");
        AssertAt(rule, swagger, "\"operationId\"", 2);
        AssertClean(rule, swagger.Replace("\"/b\": { \"get\": { \"operationId\": \"Get\"", "\"/b\": { \"get\": { \"operationId\": \"GetB\"", StringComparison.Ordinal));
    }

    [Fact]
    public void An_id_with_characters_an_identifier_drops_is_reported()
    {
        var rule = new OperationIdSanitized();
        AssertAt(rule, WithId("get-items"), "\"operationId\"");
        AssertClean(rule, WithId("GetItems_V2"));
    }

    [Fact]
    public void An_id_over_the_limit_is_reported()
    {
        var rule = new OperationIdTooLong();
        AssertAt(rule, WithId(new string('A', OperationIdTooLong.MaxLength + 1)), "\"operationId\"");
        AssertClean(rule, WithId(new string('A', OperationIdTooLong.MaxLength)));
    }

    [Fact]
    public void A_summary_at_the_limit_is_reported()
    {
        var rule = new OperationSummaryTooLong();
        AssertAt(rule, WithSummary(new string('a', OperationSummaryTooLong.Limit)), "\"summary\"");
        AssertClean(rule, WithSummary(new string('a', OperationSummaryTooLong.Limit - 1)));
    }

    [Fact]
    public void A_summary_with_a_slash_is_reported()
    {
        var rule = new RestrictedCharactersInSummary();
        AssertAt(rule, WithSummary("Get/list items"), "\"summary\"");
        AssertClean(rule, WithSummary("Get or list items"));
    }

    [Fact]
    public void More_operations_than_allowed_are_reported_at_paths()
    {
        var rule = new TotalOperationsCountExceedsMaxAllowed();
        string Many(int count) => Document(string.Join(",\n", Enumerable.Range(0, count).Select(i => $"    \"/p{i}\": {{ \"get\": {{ \"operationId\": \"Op{i}\", {Ok} }} }}")));
        AssertAt(rule, Many(TotalOperationsCountExceedsMaxAllowed.MaxOperations + 1), "\"paths\"");
        AssertClean(rule, Many(TotalOperationsCountExceedsMaxAllowed.MaxOperations));
    }
}
