using ConnectorKit.Validation.Rules.Swagger.Operations;
using static ConnectorKit.Tests.Validation.Rules.Swagger.Operations.OperationsSwagger;

namespace ConnectorKit.Tests.Validation.Rules.Swagger.Operations;

/// <summary>The responses an operation declares, and the schemas it uses.</summary>
public sealed class ResponseRuleTests
{
    private static string WithResponses(string responses, string topLevel = "") =>
        Operation($"        \"operationId\": \"GetItems\",\n        \"responses\": {responses}", topLevel: topLevel);

    [Fact]
    public void An_operation_without_responses_is_reported()
    {
        var rule = new OperationMustHaveResponse();
        AssertAt(rule, WithResponses("{ }"), "\"responses\"");
        AssertAt(rule, Operation("        \"operationId\": \"GetItems\""), "\"get\"");
        AssertClean(rule, WithResponses("{ \"default\": { \"description\": \"Any\" } }"));
    }

    [Fact]
    public void Only_error_responses_are_reported()
    {
        var rule = new OperationShouldHaveSuccessfulResponse();
        AssertAt(rule, WithResponses("{ \"400\": { \"description\": \"Bad\" }, \"500\": { \"description\": \"Failed\" } }"), "\"responses\"");
        AssertClean(rule, WithResponses("{ \"202\": { \"description\": \"Accepted\" } }"));
        AssertClean(rule, WithResponses("{ \"default\": { \"description\": \"Any\" } }"));
    }

    [Fact]
    public void A_second_successful_response_with_a_schema_is_reported()
    {
        var rule = new OperationHasManyResponsesWithSchema();
        const string shared = "\"responses\": { \"Created\": { \"description\": \"Created\", \"schema\": { \"type\": \"object\" } } }";
        AssertAt(rule, WithResponses("{ \"200\": { \"description\": \"OK\", \"schema\": { \"type\": \"object\" } }, \"201\": { \"$ref\": \"#/responses/Created\" } }", shared), "\"201\"");
        AssertClean(rule, WithResponses("{ \"200\": { \"description\": \"OK\", \"schema\": { \"type\": \"object\" } }, \"400\": { \"description\": \"Bad\", \"schema\": { \"type\": \"object\" } } }"));
    }

    [Fact]
    public void An_operation_using_more_schemas_than_allowed_is_reported()
    {
        var rule = new OperationSchemaCountExceedsMaxAllowed();

        // The response is an array (1 schema) of a definition with N string properties (N + 1 schemas, expanded from $ref).
        string Using(int properties) => WithResponses(
            "{ \"200\": { \"description\": \"OK\", \"schema\": { \"type\": \"array\", \"items\": { \"$ref\": \"#/definitions/Row\" } } } }",
            "\"definitions\": { \"Row\": { \"type\": \"object\", \"properties\": { "
            + string.Join(", ", Enumerable.Range(0, properties).Select(i => $"\"p{i}\": {{ \"type\": \"string\" }}")) + " } } }");
        AssertAt(rule, Using(OperationSchemaCountExceedsMaxAllowed.MaxSchemas - 1), "\"get\"");
        AssertClean(rule, Using(OperationSchemaCountExceedsMaxAllowed.MaxSchemas - 2));
    }
}
