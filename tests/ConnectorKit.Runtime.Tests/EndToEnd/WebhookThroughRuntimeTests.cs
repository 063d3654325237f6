using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ConnectorKit.Inputs;
using ConnectorKit.Tests.TestSupport;
using ConnectorKit.Triggers;

namespace ConnectorKit.Runtime.Tests.EndToEnd;

/// <summary>
/// A webhook trigger of the Customer Insights model subscribed through the runtime, as Power Automate subscribes
/// through the platform: the trigger harness posts the subscription to the runtime (with no credentials: the runtime
/// adds the connection's), the emulator answers 201 with its own Location, which the runtime points back at itself, the
/// emulator's notification reaches the harness and fits the trigger's schema, and the harness's DELETE goes through the
/// runtime (DeleteSubscription) to the emulator.
/// </summary>
public sealed class WebhookThroughRuntimeTests
{
    private const string LoyaltySource = "b2c8f4a1-6e3d-4d9b-a7f0-5c1e8d2b6a93";

    [Fact]
    public async Task A_webhook_trigger_is_subscribed_notified_and_unsubscribed_through_the_runtime()
    {
        await using var hosts = await EmulatorBehindRuntime.StartAsync();
        var output = new HarnessOutput("subscribed: ");
        var harness = new TriggerHarness(Model(), new TriggerHarnessOptions
        {
            OperationId = "OnDataSourceRefreshFailed",
            Endpoint = hosts.Runtime.Root,
            Parameters = [new("dataset", EmulatorBehindRuntime.Contoso), new("dataSourceId", LoyaltySource)],
            StopAfter = 1,
        }, output);

        var run = harness.RunAsync(EmulatorBehindRuntime.Token);
        if (await Task.WhenAny(output.Seen.Task, run) == run)
        {
            Assert.Fail("The harness stopped before it subscribed:\n" + output.Text);
        }

        var subscribedLine = await output.Seen.Task;
        using var control = new HttpClient { BaseAddress = hosts.Emulator.BaseAddress };
        using var fired = await control.PostAsync($"control/instances/{EmulatorBehindRuntime.Contoso}/dataSources/{LoyaltySource}/refresh",
            new StringContent("""{ "outcome": "failed", "errorMessage": "loyalty export missing" }""", Encoding.UTF8, "application/json"), EmulatorBehindRuntime.Token);
        var result = await run;

        Assert.Equal(HttpStatusCode.Accepted, fired.StatusCode);
        Assert.True(result.ExitCode == 0, output.Text);
        Assert.Equal(1, result.Notifications);
        Assert.Contains("conforms to the x-ms-notification-content schema of OnDataSourceRefreshFailed", output.Text, StringComparison.Ordinal);
        var location = new Uri(subscribedLine["subscribed: ".Length..]);
        Assert.Equal(hosts.Runtime.Address.Authority, location.Authority);
        Assert.StartsWith($"/v1/instances/{EmulatorBehindRuntime.Contoso}/subscriptions/", location.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(
            [$"POST /v1/instances/{EmulatorBehindRuntime.Contoso}/triggers/dataSourceRefreshFailed", "DELETE " + location.AbsolutePath],
            hosts.EmulatorReceived.Where(r => r.Contains("/v1/", StringComparison.Ordinal)));
        Assert.Single(hosts.Steps("location"));
        Assert.Equal(["OnDataSourceRefreshFailed", "DeleteSubscription"],
            hosts.Steps("match").Select(line => line.Split(' ').Single(part => part.StartsWith("operation=", StringComparison.Ordinal))["operation=".Length..]));
        Assert.Empty((await control.GetFromJsonAsync<JsonArray>("control/subscriptions", EmulatorBehindRuntime.Token))!);
    }

    private static ConnectorKit.Definition.ConnectorDefinition Model()
    {
        var input = ConnectorInputLoader.Load(Path.Combine(RepositoryPaths.Root, "connector"));
        Assert.False(input.HasErrors, string.Join("\n", input.Diagnostics));
        return input.Connector!.Definition;
    }

    /// <summary>What the harness prints, kept; <see cref="Seen"/> completes with the first line that starts with the awaited prefix.</summary>
    private sealed class HarnessOutput(string awaited) : TextWriter
    {
        private readonly StringBuilder _text = new();
        private readonly Lock _lock = new();

        public TaskCompletionSource<string> Seen { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Text
        {
            get
            {
                lock (_lock)
                {
                    return _text.ToString();
                }
            }
        }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(string? value)
        {
            lock (_lock)
            {
                _text.Append(value);
            }

            foreach (var line in (value ?? string.Empty).Split('\n'))
            {
                if (line.StartsWith(awaited, StringComparison.Ordinal))
                {
                    Seen.TrySetResult(line);
                }
            }
        }
    }
}
