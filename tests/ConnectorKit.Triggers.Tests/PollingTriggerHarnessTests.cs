using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ConnectorKit.Inputs;
using ConnectorKit.Runtime.Hosting;
using ConnectorKit.Runtime.Tests.TestSupport;
using ConnectorKit.Triggers.Tests.TestSupport;
using static ConnectorKit.Runtime.Tests.TestSupport.TestConnector;

namespace ConnectorKit.Triggers.Tests;

/// <summary>
/// The harness polls a small polling-trigger connector through a real runtime (its pollingtrigger policy keeps the
/// trigger's state) in front of a fake backend of trips: 202 until a new trip appears, then 200 and the firing checked
/// against the 200 response schema. Waiting is recorded, not done.
/// </summary>
public sealed class PollingTriggerHarnessTests
{
    private static readonly JsonObject TripsSchema = new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["value"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["TripId"] = new JsonObject { ["type"] = "integer" } } } },
        },
    };

    [Fact]
    public async Task A_polling_trigger_waits_through_202s_then_fires_with_the_new_trip_and_its_body_conforms()
    {
        await using var trips = await TripService.StartAsync([2, 1]);

        var run = await trips.PollAsync(["region=north"], onPoll: number => { if (number == 2) { trips.Add(3); } });

        Assert.True(run.Result.ExitCode == 0, run.Output);
        Assert.Equal(1, run.Result.Notifications);
        Assert.Contains("poll 1: 202 nothing new", run.Output, StringComparison.Ordinal);
        Assert.Contains("poll 3: 200 fired (firing 1)", run.Output, StringComparison.Ordinal);
        Assert.Contains("firing 1: conforms to the 200 response schema of OnNewTrip", run.Output, StringComparison.Ordinal);
        Assert.Equal(["/api/trips?region=north", "/api/trips?region=north&%24filter=TripId%20gt%202", "/api/trips?region=north&%24filter=TripId%20gt%202"],
            trips.Backend.Requests.Select(r => r.PathAndQuery));
        Assert.Equal([TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7)], run.Waits);
        Assert.Contains(trips.RuntimeLog, line => line.Contains("trigger fires with 1 item(s)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_firing_that_breaks_the_schema_and_an_error_answer_are_errors_and_the_same_state_is_polled_again()
    {
        await using var trips = await TripService.StartAsync([1]);
        trips.Backend.Handler = (context, request) => request.PathAndQuery.Contains("%24filter", StringComparison.Ordinal) && trips.Backend.Requests.Count == 2
            ? FakeBackend.Json(context, HttpStatusCode.ServiceUnavailable, """{"error":"busy"}""")
            : FakeBackend.Json(context, HttpStatusCode.OK, """{"value":[{"TripId":"two"}]}""");

        var run = await trips.PollAsync(["region=south"]);

        Assert.Equal(1, run.Result.ExitCode);
        Assert.Contains("error: poll 2: the trigger answered 503", run.Output, StringComparison.Ordinal);
        Assert.Contains("error: firing 1 at /value/0/TripId:", run.Output, StringComparison.Ordinal);
        var polled = trips.Backend.Requests.Select(r => r.PathAndQuery).ToList();
        Assert.Equal(3, polled.Count);
        Assert.Equal(polled[1], polled[2]);
    }

    [Fact]
    public async Task A_required_parameter_left_out_or_an_unknown_one_is_a_usage_error()
    {
        await using var trips = await TripService.StartAsync([1]);

        var run = await trips.PollAsync(["colour=red"]);

        Assert.Equal(2, run.Result.ExitCode);
        Assert.Contains("The query parameter 'region' is required: add --param region=VALUE.", run.Output, StringComparison.Ordinal);
        Assert.Contains("The trigger has no parameter 'colour'. It takes: region, $filter.", run.Output, StringComparison.Ordinal);
        Assert.Empty(trips.Backend.Requests);
    }

    /// <summary>The trips connector served by a runtime (Retry-After 7 s) in front of a fake backend that lists the trips newer than its $filter.</summary>
    private sealed class TripService : IAsyncDisposable
    {
        private readonly TestConnector _connector;
        private readonly ConcurrentBag<int> _trips;

        private TripService(TestConnector connector, FakeBackend backend, RuntimeHost runtime, ConcurrentQueue<string> log, ConcurrentBag<int> trips)
        {
            _connector = connector;
            Backend = backend;
            Runtime = runtime;
            RuntimeLog = log;
            _trips = trips;
        }

        public FakeBackend Backend { get; }

        public RuntimeHost Runtime { get; }

        public ConcurrentQueue<string> RuntimeLog { get; }

        public static async Task<TripService> StartAsync(int[] trips)
        {
            var paths = Get("/trips", "OnNewTrip", Parameter("region", "query", required: true), Parameter("$filter", "query"));
            var operation = paths["/trips"]!["get"]!;
            operation["x-ms-trigger"] = "batch";
            operation["responses"]!["200"]!["schema"] = TripsSchema.DeepClone();
            var connector = new TestConnector(paths, policies: new JsonArray(Policy("pollingtrigger", new JsonObject
            {
                ["x-ms-apimTemplateParameter.triggerConfig"] = new JsonObject { ["$filter"] = "TripId gt @{triggerBody().value[0].TripId}" },
                ["x-ms-apimTemplateParameter.triggerDataPath"] = "@triggerBody().value",
            })));
            var backend = await FakeBackend.StartAsync();
            var known = new ConcurrentBag<int>(trips);
            backend.Handler = (context, _) =>
            {
                var after = context.Request.Query["$filter"].ToString() is { Length: > 0 } filter ? int.Parse(filter["TripId gt ".Length..], CultureInfo.InvariantCulture) : 0;
                var items = known.Where(t => t > after).OrderDescending().Select(t => $$"""{"TripId":{{t}}}""");
                return FakeBackend.Json(context, HttpStatusCode.OK, $$"""{"value":[{{string.Join(",", items)}}]}""");
            };
            var log = new ConcurrentQueue<string>();
            var runtime = await RuntimeHost.StartAsync(new RuntimeSettings
            {
                ConnectorPath = connector.Folder,
                Port = 0,
                Backend = backend.Origin,
                PollingInterval = TimeSpan.FromSeconds(7),
                Log = log.Enqueue,
                Environment = _ => null,
            }, Repository.Token);
            return new TripService(connector, backend, runtime, log, known);
        }

        public void Add(int trip) => _trips.Add(trip);

        /// <summary>Runs the harness until the trigger fires once (or a usage error); <paramref name="onPoll"/> sees each poll's number as it is printed.</summary>
        public async Task<(TriggerRunResult Result, string Output, List<TimeSpan> Waits)> PollAsync(string[] parameters, Action<int>? onPoll = null)
        {
            var input = ConnectorInputLoader.Load(_connector.Folder);
            Assert.False(input.HasErrors, string.Join("\n", input.Diagnostics));
            var output = new StringWriter { NewLine = "\n" };
            var waits = new List<TimeSpan>();
            var polls = 0;
            var harness = new PollingTriggerHarness(input.Connector!.Definition, new TriggerHarnessOptions
            {
                OperationId = "OnNewTrip",
                Endpoint = Runtime.Root,
                Parameters = [.. parameters.Select(p => new KeyValuePair<string, string>(p[..p.IndexOf('=', StringComparison.Ordinal)], p[(p.IndexOf('=', StringComparison.Ordinal) + 1)..]))],
                StopAfter = 1,
                PollWait = (delay, _) =>
                {
                    waits.Add(delay);
                    onPoll?.Invoke(++polls);
                    return Task.CompletedTask;
                },
            }, output);
            var result = await harness.RunAsync(Repository.Token);
            return (result, output.ToString(), waits);
        }

        public async ValueTask DisposeAsync()
        {
            await Runtime.DisposeAsync();
            await Backend.DisposeAsync();
            _connector.Dispose();
        }
    }
}
