using System.Net;
using CustomerInsights.Client;
using ConnectorKit.Runtime.Tests.TestSupport;
using ConnectorKit.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ConnectorKit.Runtime.Tests.Hosting;

/// <summary>
/// The Customer Insights client, through the runtime serving the repository's model (its subscription-key setheader and
/// its GetEntitySchema script), to a small fake of the service that answers as the service does and refuses calls
/// without the bearer token or the subscription key. The same path against the real emulator is in EndToEnd/.
/// </summary>
public sealed class CustomerInsightsThroughRuntimeTests
{
    private const string Instance = "5c1f0e9a-7b2d-4e83-9a61-3f4d2b8c0e17";

    private static readonly Dictionary<string, string> Connection = new()
    {
        ["CONNECTORKIT_CONNECTION_SUBSCRIPTIONKEY"] = "ci-key-123",
        ["CONNECTORKIT_CONNECTION_TOKEN"] = "ci-token-456",
    };

    [Fact]
    public async Task The_client_lists_instances_and_reads_an_entity_schema_computed_by_the_script()
    {
        await using var runtime = await RunningRuntime.StartAsync(Path.Combine(RepositoryPaths.Root, "connector"), environment: Connection);
        runtime.Backend.Handler = ServiceFake;
        var services = new ServiceCollection();
        services.AddCustomerInsightsClient(options => options.Endpoint = runtime.Host.Root);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<CustomerInsightsClient>();

        var instances = await client.ListInstancesAsync(RunningRuntime.Token);
        var schema = await client.GetEntitySchemaAsync(Instance, "Contacts", RunningRuntime.Token);

        Assert.Equal("Contoso Retail", Assert.Single(instances).Name);
        PolicyHarness.JsonEqual("""
            {"type":"object","properties":{
              "CustomerId":{"type":"string","format":"uuid","x-ms-summary":"CustomerId"},
              "Visits":{"type":"integer","format":"int64","x-ms-summary":"Visits"},
              "Tags":{"type":"array","items":{"type":"string"},"x-ms-summary":"Tags"}}}
            """, schema.Schema);
        Assert.Equal(["/v1/instances", $"/v1/instances/{Instance}/manage/entities/Contacts"], runtime.Backend.Requests.Select(r => r.PathAndQuery));
        Assert.All(runtime.Backend.Requests, r => Assert.Equal("ci-key-123", r.Header("Ocp-Apim-Subscription-Key")));
        Assert.Contains(runtime.Steps("policy"), line => line.Contains("template=setheader", StringComparison.Ordinal) && line.Contains("Ocp-Apim-Subscription-Key", StringComparison.Ordinal));
        Assert.Contains(runtime.Steps("script-end"), line => line.Contains("outcome=returned", StringComparison.Ordinal));
        Assert.DoesNotContain(runtime.Log, line => line.Contains("ci-key-123", StringComparison.Ordinal) || line.Contains("ci-token-456", StringComparison.Ordinal));
    }

    /// <summary>The two calls of the test, answered as the service answers them; anything else is 404.</summary>
    private static Task ServiceFake(Microsoft.AspNetCore.Http.HttpContext context, RecordedRequest request)
    {
        if (request.Header("Authorization") != "Bearer ci-token-456" || request.Header("Ocp-Apim-Subscription-Key") is not { Length: > 0 })
        {
            return FakeBackend.Json(context, HttpStatusCode.Unauthorized, """{"error":{"code":"Unauthorized","message":"no token or key"}}""");
        }

        return request.PathAndQuery switch
        {
            "/v1/instances" => FakeBackend.Json(context, HttpStatusCode.OK, $$"""[{"instanceId":"{{Instance}}","name":"Contoso Retail","instanceType":"production"}]"""),
            $"/v1/instances/{Instance}/manage/entities/Contacts" => FakeBackend.Json(context, HttpStatusCode.OK, """
                {"name":"Contacts","qualifiedEntityName":"Contacts","entityType":"dataSource","attributes":[
                  {"name":"CustomerId","dataType":"Edm.Guid"},{"name":"Visits","dataType":"Edm.Int64"},{"name":"Tags","dataType":"Collection(Edm.String)"}]}
                """),
            _ => FakeBackend.Json(context, HttpStatusCode.NotFound, """{"error":{"code":"NotFound","message":"no such path"}}"""),
        };
    }
}
