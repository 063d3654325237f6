using ConnectorKit.Validation.Rules.Swagger.Operations;
using static ConnectorKit.Tests.Validation.Rules.Swagger.Operations.OperationsSwagger;

namespace ConnectorKit.Tests.Validation.Rules.Swagger.Operations;

/// <summary>The replacement part of <c>x-ms-api-annotation</c>.</summary>
public sealed class ApiAnnotationRuleTests
{
    private static string WithReplacement(string replacement, bool deprecated) => Operation(
        $"        \"operationId\": \"GetItems\",{(deprecated ? "\n        \"deprecated\": true," : string.Empty)}\n"
        + $"        \"x-ms-api-annotation\": {{ \"replacement\": {replacement} }},\n        {Ok}");

    private const string Complete = "{ \"api\": \"Other\", \"operationId\": \"GetItemsV2\" }";

    [Fact]
    public void A_replacement_on_an_operation_that_is_not_deprecated_is_reported()
    {
        var rule = new ApiAnnotationExtensionReplacementInfoForNonDeprecatedOperations();
        // The fix is to add 'deprecated', so the finding sits where it belongs: the operation.
        AssertAt(rule, WithReplacement(Complete, deprecated: false), "\"get\"");
        AssertClean(rule, WithReplacement(Complete, deprecated: true));
    }

    [Fact]
    public void A_replacement_without_api_is_reported()
    {
        var rule = new ApiAnnotationExtensionReplacementInfoMissingApiProperty();
        AssertAt(rule, WithReplacement("{ \"operationId\": \"GetItemsV2\" }", deprecated: true), "\"replacement\"");
        AssertClean(rule, WithReplacement(Complete, deprecated: true));
    }

    [Fact]
    public void A_replacement_without_operation_id_is_reported()
    {
        var rule = new ApiAnnotationExtensionReplacementInfoMissingOperationIdProperty();
        AssertAt(rule, WithReplacement("{ \"api\": \"Other\" }", deprecated: true), "\"replacement\"");
        AssertClean(rule, WithReplacement(Complete, deprecated: true));
    }
}
