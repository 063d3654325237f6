using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json.Nodes;
using ConnectorKit.Inputs;
using ConnectorKit.Triggers;
using CustomerInsights.Emulator.Hosting;
using CustomerInsights.FlowReceiver.Hosting;

namespace CustomerInsights.FlowReceiver.Tests.Hosting;

/// <summary>
/// The README's local run of each example flow: the emulator fires the event, the harness receives and checks the
/// notification and forwards it, and the receiver renders what the flow's next step would send.
/// </summary>
public sealed class LocalFlowRunTests
{
    private const string Instance = "5c1f0e9a-7b2d-4e83-9a61-3f4d2b8c0e17";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AFailedRefreshBecomesATeamsCard()
    {
        var message = await RunFlowAsync("data-source-refresh-failed-teams", "OnDataSourceRefreshFailed", [],
            HttpMethod.Post, "dataSources/b2c8f4a1-6e3d-4d9b-a7f0-5c1e8d2b6a93/refresh", new { outcome = "failed", errorMessage = "The loyalty export is missing." });

        Assert.Equal("teamsCard", message["kind"]!.GetValue<string>());
        var preview = message["preview"]!.GetValue<string>();
        Assert.Contains("Data source refresh failed: Loyalty program", preview, StringComparison.Ordinal);
        Assert.Contains("The loyalty export is missing.", preview, StringComparison.Ordinal);
        Assert.Contains("channel 19:customer-insights-alerts@thread.tacv2", preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASegmentCrossingBecomesAnEmailToTheDataOwners()
    {
        var message = await RunFlowAsync("segment-threshold-email", "OnSegmentThresholdCrossed", [new("segmentName", "HighValueCustomers"), new("threshold", "1000")],
            HttpMethod.Put, "segments/HighValueCustomers/count", new { count = 1250 });

        Assert.Equal("email", message["kind"]!.GetValue<string>());
        Assert.Equal("data-owners@contoso.com;marketing-ops@contoso.com", message["inputs"]!["emailMessage/To"]!.GetValue<string>());
        Assert.Equal("Segment High-value customers now has 1,250 members", message["inputs"]!["emailMessage/Subject"]!.GetValue<string>());
        Assert.Contains("Previous evaluation: 980 members.", message["preview"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static async Task<JsonObject> RunFlowAsync(string flow, string trigger, KeyValuePair<string, string>[] filters, HttpMethod method, string controlPath, object controlBody)
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorSettings { Urls = ["http://127.0.0.1:0"] }, Token);
        await using var receiver = await FlowReceiverHost.StartAsync(new IPEndPoint(IPAddress.Loopback, 0), TextWriter.Null, Token);
        var model = ConnectorInputLoader.Load(Path.Combine(RepositoryRoot(), "connector")).Connector!.Definition;
        var harness = new TriggerHarness(model, new TriggerHarnessOptions
        {
            OperationId = trigger,
            Endpoint = emulator.ServiceRoot,
            Parameters = [new("dataset", Instance), .. filters],
            Headers = [new("Authorization", "Bearer flow-test"), new("Ocp-Apim-Subscription-Key", "flow-test")],
            Forward = new Uri(receiver.BaseAddress, "flows/" + flow),
            StopAfter = 1,
        }, TextWriter.Null);
        using var control = new HttpClient { BaseAddress = emulator.BaseAddress };

        var run = harness.RunAsync(Token);
        while ((await control.GetFromJsonAsync<JsonArray>("control/subscriptions", Token))!.Count == 0)
        {
            await Task.Yield();
        }

        using var fired = await control.SendAsync(new HttpRequestMessage(method, $"control/instances/{Instance}/{controlPath}") { Content = JsonContent.Create(controlBody) }, Token);
        var result = await run;

        Assert.Equal(HttpStatusCode.Accepted, fired.StatusCode);
        Assert.Equal(0, result.ExitCode);
        using var messages = new HttpClient { BaseAddress = receiver.BaseAddress };
        var rendered = await messages.GetFromJsonAsync<JsonArray>($"flows/{flow}/messages", Token);
        return Assert.Single(rendered!)!.AsObject();
    }

    private static string RepositoryRoot() =>
        typeof(LocalFlowRunTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
}
