using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using ConnectorKit.Inputs;
using ConnectorKit.Triggers.Tests.TestSupport;
using CustomerInsights.Emulator.Hosting;

namespace ConnectorKit.Triggers.Tests;

/// <summary>The harness on the Customer Insights model against a real emulator: each trigger subscribed, fired, checked, forwarded, unsubscribed.</summary>
public sealed class TriggerHarnessTests
{
    private const string Instance = "5c1f0e9a-7b2d-4e83-9a61-3f4d2b8c0e17";

    public static TheoryData<string, string[], string, string, string> Triggers => new()
    {
        { "OnDataSourceRefreshFailed", ["dataSourceId=b2c8f4a1-6e3d-4d9b-a7f0-5c1e8d2b6a93"], "POST", "dataSources/b2c8f4a1-6e3d-4d9b-a7f0-5c1e8d2b6a93/refresh", """{ "outcome": "failed" }""" },
        { "OnDataSourceRefreshSucceeded", [], "POST", "dataSources/0f6a2d4e-91c3-4b57-8e2a-6d1c9b3f7a05/refresh", """{ "outcome": "succeeded" }""" },
        { "OnSegmentThresholdCrossed", ["segmentName=HighValueCustomers", "threshold=1000"], "PUT", "segments/HighValueCustomers/count", """{ "count": 1200 }""" },
        { "OnMeasureThresholdCrossed", ["measureName=AverageOrderValue", "threshold=90"], "PUT", "measures/AverageOrderValue/value", """{ "value": 91.5 }""" },
        { "OnFullRefreshCompleted", [], "POST", "refreshes", """{ "kind": "full", "scheduled": true }""" },
        { "OnUnificationRefreshCompleted", [], "POST", "refreshes", """{ "kind": "unification", "scheduled": false }""" },
    };

    [Theory]
    [MemberData(nameof(Triggers))]
    public async Task EachTriggerOfTheModelIsReceivedCheckedForwardedAndUnsubscribed(string operationId, string[] filters, string method, string controlPath, string controlBody)
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorSettings { Urls = ["http://127.0.0.1:0"] }, Repository.Token);
        await using var forwarded = await ForwardReceiver.StartAsync();
        var output = new StringWriter { NewLine = "\n" };
        var harness = new TriggerHarness(LoadModel(), Options(emulator, operationId, ["dataset=" + Instance, .. filters]) with
        {
            Forward = forwarded.Address,
            StopAfter = 1,
        }, output);

        var run = harness.RunAsync(Repository.Token);
        await WaitForSubscriptionAsync(emulator);
        using var control = new HttpClient();
        using var fired = await control.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(emulator.BaseAddress, $"control/instances/{Instance}/{controlPath}"))
        {
            Content = new StringContent(controlBody, System.Text.Encoding.UTF8, "application/json"),
        }, Repository.Token);
        var result = await run;

        Assert.Equal(HttpStatusCode.Accepted, fired.StatusCode);
        Assert.True(result.ExitCode == 0, output.ToString());
        Assert.Equal(1, result.Notifications);
        Assert.Contains($"conforms to the x-ms-notification-content schema of {operationId}", output.ToString(), StringComparison.Ordinal);
        var notification = await forwarded.Received.ReadAsync(Repository.Token);
        Assert.Equal(Instance, notification.Body["instanceId"]!.GetValue<string>());
        Assert.NotNull(notification.IdempotencyKey);
        Assert.Empty((await control.GetFromJsonAsync<JsonArray>(new Uri(emulator.BaseAddress, "control/subscriptions"), Repository.Token))!);
    }

    [Fact]
    public async Task CancellingUnsubscribes()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorSettings { Urls = ["http://127.0.0.1:0"] }, Repository.Token);
        var output = new WatchedOutput("subscribed:");
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Repository.Token);
        var harness = new TriggerHarness(LoadModel(), Options(emulator, "OnFullRefreshCompleted", ["dataset=" + Instance]), output);

        // Cancelled once the harness has read the 201, not merely once the emulator holds the subscription: before
        // that, cancelling ends the subscribe call itself, which is a failure, not a clean stop.
        var run = harness.RunAsync(cancellation.Token);
        await output.Seen.WaitAsync(Repository.Token);
        await cancellation.CancelAsync();
        var result = await run;

        Assert.Equal(0, result.ExitCode);
        Assert.True(result.Unsubscribed);
        Assert.Contains("stopping: cancelled", output.ToString(), StringComparison.Ordinal);
        using var control = new HttpClient();
        Assert.Empty((await control.GetFromJsonAsync<JsonArray>(new Uri(emulator.BaseAddress, "control/subscriptions"), Repository.Token))!);
    }

    [Fact]
    public async Task ARequiredFilterLeftOutIsAUsageErrorThatSaysWhichParameterToAdd()
    {
        var output = new StringWriter { NewLine = "\n" };
        var harness = new TriggerHarness(LoadModel(), new TriggerHarnessOptions
        {
            OperationId = "OnSegmentThresholdCrossed",
            Endpoint = new Uri("http://127.0.0.1:9/v1"),
            Parameters = [new("dataset", Instance), new("threshold", "ten")],
        }, output);

        var result = await harness.RunAsync(Repository.Token);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'ten' is not a valid integer for the body property 'threshold'.", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutCredentialsTheEmulatorRefusesTheSubscription()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorSettings { Urls = ["http://127.0.0.1:0"] }, Repository.Token);
        var output = new StringWriter { NewLine = "\n" };
        var harness = new TriggerHarness(LoadModel(), Options(emulator, "OnFullRefreshCompleted", ["dataset=" + Instance]) with { Headers = [] }, output);

        var result = await harness.RunAsync(Repository.Token);

        Assert.Equal(1, result.ExitCode);
        Assert.False(result.Subscribed);
        Assert.Contains("answered 401 Unauthorized", output.ToString(), StringComparison.Ordinal);
    }

    private static ConnectorKit.Definition.ConnectorDefinition LoadModel()
    {
        var input = ConnectorInputLoader.Load(Path.Combine(Repository.Root, "connector"));
        Assert.False(input.HasErrors, string.Join("\n", input.Diagnostics));
        return input.Connector!.Definition;
    }

    private static TriggerHarnessOptions Options(EmulatorHost emulator, string operationId, string[] parameters) => new()
    {
        OperationId = operationId,
        Endpoint = emulator.ServiceRoot,
        Parameters = [.. parameters.Select(p => new KeyValuePair<string, string>(p[..p.IndexOf('=')], p[(p.IndexOf('=') + 1)..]))],
        Headers = [new("Authorization", "Bearer harness-test"), new("Ocp-Apim-Subscription-Key", "harness-test")],
    };

    /// <summary>Waits for the harness's subscription by asking the emulator's control API, each answer awaited (no sleeping).</summary>
    private static async Task WaitForSubscriptionAsync(EmulatorHost emulator)
    {
        using var control = new HttpClient();
        while ((await control.GetFromJsonAsync<JsonArray>(new Uri(emulator.BaseAddress, "control/subscriptions"), Repository.Token))!.Count == 0)
        {
            await Task.Yield();
        }
    }

    /// <summary>The next step of a flow, as far as the harness knows: a URL that takes the forwarded notifications.</summary>
    private sealed class ForwardReceiver : IAsyncDisposable
    {
        private readonly CallbackListener _listener;

        private ForwardReceiver(CallbackListener listener)
        {
            _listener = listener;
        }

        public Uri Address => new(_listener.BaseAddress, "next-step");

        public ChannelReader<(JsonObject Body, string? IdempotencyKey)> Received { get; private init; } = null!;

        public static async Task<ForwardReceiver> StartAsync()
        {
            var listener = await CallbackListener.StartAsync(new IPEndPoint(IPAddress.Loopback, 0), Repository.Token);
            var channel = Channel.CreateUnbounded<(JsonObject, string?)>();
            _ = Task.Run(async () =>
            {
                await foreach (var received in listener.Received.ReadAllAsync())
                {
                    await channel.Writer.WriteAsync((JsonNode.Parse(received.Body)!.AsObject(), received.IdempotencyKey));
                }
            });
            return new ForwardReceiver(listener) { Received = channel.Reader };
        }

        public ValueTask DisposeAsync() => _listener.DisposeAsync();
    }
}
