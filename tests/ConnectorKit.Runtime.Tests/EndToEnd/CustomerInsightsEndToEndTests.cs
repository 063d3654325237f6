using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ConnectorKit.Runtime.Tests.TestSupport;
using CustomerInsights.Client;

namespace ConnectorKit.Runtime.Tests.EndToEnd;

/// <summary>
/// The typed client -> the runtime serving the Customer Insights model (its setheader of the subscription key, its
/// GetEntitySchema script, the bearer token of the connection) -> the emulator, all real hosts on loopback. What
/// arrives is checked where it arrives: the requests the emulator received, the throttle it keeps per subscription key.
/// </summary>
public sealed class CustomerInsightsEndToEndTests
{
    private const string Contoso = EmulatorBehindRuntime.Contoso;

    [Fact]
    public async Task The_client_reads_instances_and_an_entity_schema_that_the_script_computes_from_the_emulators_entity()
    {
        await using var hosts = await EmulatorBehindRuntime.StartAsync();

        var instances = await hosts.Client.ListInstancesAsync(EmulatorBehindRuntime.Token);
        var schema = await hosts.Client.GetEntitySchemaAsync(Contoso, "Customer", EmulatorBehindRuntime.Token);
        var receivedThroughRuntime = hosts.EmulatorReceived.ToList();
        var servedByEmulator = await DirectAsync(hosts, HttpMethod.Get, $"instances/{Contoso}/manage/entities/Customer/schema", EmulatorBehindRuntime.SubscriptionKey);

        Assert.Equal(["Contoso Retail", "Fabrikam Sandbox"], instances.Select(i => i.Name).Order(StringComparer.Ordinal));
        // The script asked for the entity itself (the service has no schema endpoint); the emulator never saw /schema from the runtime.
        Assert.Equal(["GET /v1/instances", $"GET /v1/instances/{Contoso}/manage/entities/Customer"], receivedThroughRuntime);
        Assert.Equal(HttpStatusCode.OK, servedByEmulator.Status);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(servedByEmulator.Body)!["schema"], schema.Schema),
            $"the script's schema differs from the emulator's:\nscript   {schema.Schema?.ToJsonString()}\nemulator {servedByEmulator.Body}");
        PolicyHarness.JsonEqual("""{"type":"string","format":"uuid","x-ms-summary":"CustomerId"}""", schema.Schema!["properties"]!["CustomerId"]);

        var policies = hosts.Steps("policy");
        Assert.Equal(2, policies.Count);
        Assert.All(policies, line => Assert.Contains("template=setheader", line, StringComparison.Ordinal));
        Assert.All(policies, line => Assert.Contains("changed=\"header Ocp-Apim-Subscription-Key set to '***'\"", line, StringComparison.Ordinal));
        Assert.Contains(hosts.Steps("script-start"), line => line.Contains("operation=GetEntitySchema", StringComparison.Ordinal));
        Assert.Contains(hosts.Steps("backend"), line => line.Contains("purpose=script", StringComparison.Ordinal) && line.Contains("/manage/entities/Customer ", StringComparison.Ordinal));
        Assert.Contains(hosts.Steps("script-end"), line => line.Contains("outcome=returned", StringComparison.Ordinal) && line.Contains("status=200", StringComparison.Ordinal));
        Assert.Single(hosts.Steps("script-start"));
        Assert.DoesNotContain(hosts.RuntimeLog, line => line.Contains(EmulatorBehindRuntime.SubscriptionKey, StringComparison.Ordinal)
            || line.Contains(EmulatorBehindRuntime.AccessToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_emulator_counts_the_runtimes_calls_against_the_subscription_key_of_the_connection()
    {
        await using var hosts = await EmulatorBehindRuntime.StartAsync(callsPerConnection: 2);

        await hosts.Client.ListInstancesAsync(EmulatorBehindRuntime.Token);
        await hosts.Client.ListSegmentsAsync(Contoso, EmulatorBehindRuntime.Token);
        var throttled = await Assert.ThrowsAsync<CustomerInsightsException>(() => hosts.Client.ListMeasuresAsync(Contoso, cancellationToken: EmulatorBehindRuntime.Token));
        var sameKeyDirect = await DirectAsync(hosts, HttpMethod.Get, "instances", EmulatorBehindRuntime.SubscriptionKey);
        var otherKeyDirect = await DirectAsync(hosts, HttpMethod.Get, "instances", "another-connection");

        Assert.Equal(429, (int)throttled.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, sameKeyDirect.Status);
        Assert.Equal(HttpStatusCode.OK, otherKeyDirect.Status);
        Assert.Contains(hosts.Steps("backend"), line => line.Contains("status=429", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_the_runtime_the_clients_call_lacks_the_credentials_the_connection_adds()
    {
        await using var hosts = await EmulatorBehindRuntime.StartAsync();
        using var bare = new HttpClient();

        using var direct = await bare.GetAsync(new Uri(hosts.Emulator.ServiceRoot, "instances"), EmulatorBehindRuntime.Token);
        using var throughRuntime = await bare.GetAsync(new Uri(hosts.Runtime.Root, "instances"), EmulatorBehindRuntime.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, direct.StatusCode);
        Assert.Equal(HttpStatusCode.OK, throughRuntime.StatusCode);
        Assert.Contains(hosts.Steps("auth"), line => line.Contains("kind=oauth", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_clients_paging_follows_each_next_link_back_through_the_runtime()
    {
        await using var hosts = await EmulatorBehindRuntime.StartAsync();
        var customers = 0;

        await foreach (var _ in hosts.Client.EnumerateGetItemsAsync(Contoso, "Customer", top: 50, cancellationToken: EmulatorBehindRuntime.Token))
        {
            customers++;
        }

        Assert.Equal(137, customers);
        Assert.Equal(3, hosts.Steps("match").Count(line => line.Contains("operation=GetItems ", StringComparison.Ordinal)));
        Assert.Equal(2, hosts.Steps("nextlink").Count);
        Assert.All(hosts.Steps("nextlink"), line => Assert.Contains($"rewritten=\"{hosts.Runtime.Root.AbsoluteUri}instances/{Contoso}/data/Customer?", line, StringComparison.Ordinal));
        Assert.Equal(3, hosts.EmulatorReceived.Count(r => r.StartsWith($"GET /v1/instances/{Contoso}/data/Customer?", StringComparison.Ordinal)));
    }

    /// <summary>A call straight to the emulator with a bearer token and the given subscription key, bypassing the runtime.</summary>
    private static async Task<(HttpStatusCode Status, string Body)> DirectAsync(EmulatorBehindRuntime hosts, HttpMethod method, string path, string subscriptionKey)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(method, new Uri(hosts.Emulator.ServiceRoot, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "direct-token");
        request.Headers.Add("Ocp-Apim-Subscription-Key", subscriptionKey);
        using var response = await http.SendAsync(request, EmulatorBehindRuntime.Token);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(EmulatorBehindRuntime.Token));
    }
}
