using System.Text.Json.Nodes;
using CustomerInsights.FlowReceiver.Workflows;

namespace CustomerInsights.FlowReceiver.Tests.Workflows;

public sealed class WorkflowExpressionTests
{
    private static readonly ExpressionContext Context = new(
        JsonNode.Parse("""{ "name": "Loyalty program", "count": 1200, "at": "2026-12-01T08:05:00Z", "nested": { "items": ["a", "b"] }, "none": null }"""),
        JsonNode.Parse("""{ "owners": { "type": "String", "defaultValue": "data-owners@contoso.com" }, "limit": { "type": "Int", "defaultValue": 1000 } }""")!.AsObject());

    [Theory]
    [InlineData("triggerBody()?['name']", "\"Loyalty program\"")]
    [InlineData("triggerBody()['nested']['items'][1]", "\"b\"")]
    [InlineData("triggerBody()?.nested?.items?[0]", "\"a\"")]
    [InlineData("triggerBody()?['missing']?['deeper']", "null")]
    [InlineData("triggerOutputs()?['body']?['count']", "1200")]
    [InlineData("parameters('owners')", "\"data-owners@contoso.com\"")]
    [InlineData("concat('Hello ', triggerBody()?['name'], '!')", "\"Hello Loyalty program!\"")]
    [InlineData("formatNumber(triggerBody()?['count'], 'N0')", "\"1,200\"")]
    [InlineData("formatDateTime(triggerBody()?['at'], 'yyyy-MM-dd HH:mm')", "\"2026-12-01 08:05\"")]
    [InlineData("coalesce(triggerBody()?['none'], 'fallback')", "\"fallback\"")]
    [InlineData("if(equals(parameters('limit'), 1000), 'at limit', 'other')", "\"at limit\"")]
    [InlineData("'it''s'", "\"it\\u0027s\"")]
    public void ExpressionsEvaluateAsTheRuntimeDoes(string expression, string expected) =>
        Assert.Equal(expected, WorkflowExpression.Evaluate(expression, Context)?.ToJsonString() ?? "null");

    [Theory]
    [InlineData("utcNow()", "the function utcNow with 0 argument(s) is not supported")]
    [InlineData("parameters('nobody')", "no parameter 'nobody'")]
    [InlineData("triggerBody()?", "'?' must be followed by [ or .")]
    [InlineData("concat('a'", "expected ')'")]
    [InlineData("formatNumber(triggerBody()?['name'], 'N0')", "formatNumber needs a number")]
    public void UnsupportedOrBrokenExpressionsSayWhy(string expression, string reason)
    {
        var error = Assert.Throws<FormatException>(() => WorkflowExpression.Evaluate(expression, Context));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TemplatesInterpolateReplaceWholeValuesAndEscapeAt()
    {
        var template = JsonNode.Parse("""
            { "subject": "Segment @{triggerBody()?['name']} has @{formatNumber(triggerBody()?['count'], 'N0')} members",
              "to": "@parameters('owners')", "limit": "@parameters('limit')", "handle": "@@contoso", "list": ["@{triggerBody()?['count']}"] }
            """);

        var evaluated = TemplateEvaluator.Evaluate(template, Context)!;

        Assert.Equal("Segment Loyalty program has 1,200 members", evaluated["subject"]!.GetValue<string>());
        Assert.Equal("data-owners@contoso.com", evaluated["to"]!.GetValue<string>());
        Assert.Equal(1000, evaluated["limit"]!.GetValue<int>());
        Assert.Equal("@contoso", evaluated["handle"]!.GetValue<string>());
        Assert.Equal("1200", evaluated["list"]![0]!.GetValue<string>());
    }

    [Fact]
    public void TheExampleFlowsAreTheTwoOfTheProductDocumentation()
    {
        var flows = FlowDefinition.Embedded();

        Assert.Equal(["data-source-refresh-failed-teams", "segment-threshold-email"], flows.Keys);
        Assert.Equal(("OnDataSourceRefreshFailed", "PostCardToConversation"), (flows["data-source-refresh-failed-teams"].TriggerOperationId, flows["data-source-refresh-failed-teams"].ActionOperationId));
        Assert.Equal(("OnSegmentThresholdCrossed", "SendEmailV2"), (flows["segment-threshold-email"].TriggerOperationId, flows["segment-threshold-email"].ActionOperationId));
    }
}
