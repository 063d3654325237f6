using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ConnectorKit.Definition;
using ConnectorKit.Json;
using ConnectorKit.Tests.TestSupport;

namespace ConnectorKit.Tests.CustomerInsights;

/// <summary>The committed root artifacts say what ../shared/spec/customer-insights-connector.md states.</summary>
public partial class CustomerInsightsContractTests
{
    private static readonly ConnectorDefinition Definition = ConnectorFolderReader.Read(RepositoryPaths.Root).Definition
        ?? throw new InvalidOperationException("The root artifacts are not readable.");

    public static TheoryData<string, string, string, string> Actions => new()
    {
        { "GetEntities", "get", "/instances/{dataset}/manage/entities", "Get entities" },
        { "GetItems", "get", "/instances/{dataset}/data/{entityName}", "Get items from an entity" },
        { "GetItem", "get", "/instances/{dataset}/data/{entityName}/{itemId}", "Get item" },
        { "CreateItem", "post", "/instances/{dataset}/data/{entityName}", "Create item (Preview)" },
        { "UpdateItem", "patch", "/instances/{dataset}/data/{entityName}/{itemId}", "Update item (Preview)" },
        { "GetPartitions", "get", "/instances/{dataset}/manage/entities/{entityName}/partitions", "Retrieve partitions for an entity (Preview)" },
        { "GetPartitionsV2", "get", "/instances/{dataset}/manage/entities/{entityName}/partitionsV2", "Retrieve partitions for an entity V2 (Preview)" },
        { "GetPartitionData", "get", "/instances/{dataset}/manage/entities/{entityName}/partitions/{partitionName}/rows", "Retrieve data from a partition (Preview)" },
        { "SendStatusReport", "post", "/instances/{dataset}/reports/status", "Sends the status report" },
        { "SendStatusReportV2", "post", "/instances/{dataset}/reports/statusV2", "Sends the status report V2" },
    };

    public static TheoryData<string, string, string> InternalOperations => new()
    {
        { "ListInstances", "get", "/instances" },
        { "GetEntitySchema", "get", "/instances/{dataset}/manage/entities/{entityName}/schema" },
        { "ListReportTypes", "get", "/instances/{dataset}/reports/types" },
        { "ListDataSources", "get", "/instances/{dataset}/manage/datasources" },
        { "ListSegments", "get", "/instances/{dataset}/manage/segments" },
        { "ListMeasures", "get", "/instances/{dataset}/manage/measures" },
        { "DeleteSubscription", "delete", "/instances/{dataset}/subscriptions/{subscriptionId}" },
    };

    public static TheoryData<string, string, string> Triggers => new()
    {
        { "OnDataSourceRefreshFailed", "dataSourceRefreshFailed", "When a data source refresh fails" },
        { "OnDataSourceRefreshSucceeded", "dataSourceRefreshSucceeded", "When a data source refresh succeeds" },
        { "OnSegmentThresholdCrossed", "segmentThresholdCrossed", "When a segment crosses a threshold" },
        { "OnMeasureThresholdCrossed", "measureThresholdCrossed", "When a business measure crosses a threshold" },
        { "OnFullRefreshCompleted", "fullRefreshCompleted", "When a full refresh completes" },
        { "OnUnificationRefreshCompleted", "unificationRefreshCompleted", "When a unification refresh completes" },
    };

    [Theory]
    [MemberData(nameof(Actions))]
    public void Each_published_action_has_its_id_path_and_summary(string operationId, string method, string path, string summary)
    {
        var operation = Find(operationId);

        Assert.Equal((method, path, summary), (operation.Method, operation.Path, operation.Summary));
        Assert.False(operation.IsTrigger);
        Assert.NotEqual("internal", operation.Visibility);
    }

    [Theory]
    [MemberData(nameof(InternalOperations))]
    public void Each_helper_operation_is_internal(string operationId, string method, string path)
    {
        var operation = Find(operationId);

        Assert.Equal((method, path, "internal"), (operation.Method, operation.Path, operation.Visibility));
    }

    [Theory]
    [MemberData(nameof(Triggers))]
    public void Each_webhook_trigger_is_expanded_as_power_automate_expects(string operationId, string name, string summary)
    {
        var operation = Find(operationId);

        Assert.Equal(("post", $"/instances/{{dataset}}/triggers/{name}", summary), (operation.Method, operation.Path, operation.Summary));
        Assert.Equal("single", operation.TriggerKind);
        Assert.True(operation.IsWebhookTrigger);
        var body = operation.Parameters.OfType<JsonObject>().Single(p => p["in"].StringOrNull() == "body");
        var callback = body["schema"]!["properties"]!["callbackUrl"]!;
        Assert.Equal(("string", true, "internal"), (callback["type"].StringOrNull(), callback["x-ms-notification-url"].BooleanOrNull(), callback["x-ms-visibility"].StringOrNull()));
        Assert.Contains("callbackUrl", body["schema"]!["required"]!.AsArray().Select(n => n.StringOrNull()));
        var created = operation.Responses["201"];
        Assert.NotNull(created?["headers"]?["Location"]);
        Assert.NotNull(operation.PathItem["x-ms-notification-content"]?["schema"]);
    }

    [Fact]
    public void There_are_exactly_the_spec_operations()
    {
        var expected = Actions.Select(row => row.Data.Item1).Concat(InternalOperations.Select(row => row.Data.Item1)).Concat(Triggers.Select(row => row.Data.Item1));

        Assert.Equal(expected.Order(StringComparer.Ordinal), Definition.Swagger.Operations.Select(o => o.OperationId!).Order(StringComparer.Ordinal));
        Assert.Equal(6, Definition.Swagger.Operations.Count(o => o.IsWebhookTrigger));
    }

    [Fact]
    public void Operation_ids_are_unique_pascal_case_and_every_summary_and_description_is_filled()
    {
        var operations = Definition.Swagger.Operations.ToList();

        Assert.Equal(operations.Count, operations.Select(o => o.OperationId).Distinct(StringComparer.Ordinal).Count());
        Assert.All(operations, o => Assert.Matches(PascalCase(), o.OperationId!));
        Assert.All(operations, o => Assert.False(string.IsNullOrWhiteSpace(o.Summary), o.OperationId));
        Assert.All(operations, o => Assert.False(string.IsNullOrWhiteSpace(o.Description), o.OperationId));
        Assert.All(AllStringsNamed(Definition.ApiDefinition, "summary").Concat(AllStringsNamed(Definition.ApiDefinition, "description")),
            text => Assert.False(string.IsNullOrWhiteSpace(text)));
    }

    [Fact]
    public void Families_revisions_and_deprecation_follow_the_spec()
    {
        Assert.Equal(("GetPartitions", 1, true), Annotation("GetPartitions"));
        Assert.Equal(("GetPartitions", 2, false), Annotation("GetPartitionsV2"));
        Assert.Equal(("SendStatusReport", 1, true), Annotation("SendStatusReport"));
        Assert.Equal(("SendStatusReport", 2, false), Annotation("SendStatusReportV2"));
    }

    [Fact]
    public void Identity_auth_and_throttling_header_follow_the_spec()
    {
        var swagger = Definition.ApiDefinition;
        Assert.Equal("Dynamics 365 Customer Insights", Definition.Swagger.Title);
        Assert.Equal(("api.ci.ai.dynamics.com", "/v1"), (Definition.Swagger.Host, Definition.Swagger.BasePath));
        Assert.Equal("Production", swagger["info"]!["x-ms-api-annotation"]!["status"].StringOrNull());

        var token = Definition.Properties.ConnectionParameters!["token"]!["oAuthSettings"]!;
        Assert.Equal(("aad", "GlobalPerConnector"), (token["identityProvider"].StringOrNull(), token["redirectMode"].StringOrNull()));
        Assert.Equal("securestring", Definition.Properties.ConnectionParameters!["subscriptionKey"]!["type"].StringOrNull());
        var setHeader = Definition.Properties.PolicyTemplateInstances.OfType<JsonObject>().Single(p => p["templateId"].StringOrNull() == "setheader");
        Assert.Equal("Ocp-Apim-Subscription-Key", setHeader["parameters"]!["x-ms-apimTemplateParameter.name"].StringOrNull());
        Assert.Equal(["GetEntitySchema"], Definition.Properties.ScriptOperations);
    }

    private static OperationView Find(string operationId) =>
        Definition.Swagger.FindOperation(operationId) ?? throw new Xunit.Sdk.XunitException($"No operation {operationId}.");

    private static (string?, int?, bool) Annotation(string operationId)
    {
        var operation = Find(operationId);
        return (operation.ApiAnnotation?["family"].StringOrNull(), (int?)operation.ApiAnnotation?["revision"], operation.IsDeprecated);
    }

    private static IEnumerable<string?> AllStringsNamed(JsonNode? node, string key) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key == key && p.Value is JsonValue ? [p.Value.StringOrNull()] : AllStringsNamed(p.Value, key)),
        JsonArray array => array.SelectMany(item => AllStringsNamed(item, key)),
        _ => [],
    };

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex PascalCase();
}
