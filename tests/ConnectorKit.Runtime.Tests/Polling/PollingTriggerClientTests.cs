using System.Net;
using System.Text.Json.Nodes;
using ConnectorKit.Runtime.Polling;
using ConnectorKit.Runtime.Tests.TestSupport;
using Microsoft.AspNetCore.Http;
using static ConnectorKit.Runtime.Tests.TestSupport.TestConnector;

namespace ConnectorKit.Runtime.Tests.Polling;

/// <summary>
/// Polling triggers end to end: the client polls the runtime, which runs the trigger's state machine in front of a
/// fake backend. Waiting is recorded, not done: no test sleeps or reads a clock.
/// </summary>
public sealed class PollingTriggerClientTests
{
    private static JsonObject Trigger()
    {
        var paths = Get("/trips", "OnNewTrip", Parameter("$filter", "query"));
        paths["/trips"]!["get"]!["x-ms-trigger"] = "batch";
        return paths;
    }

    [Fact]
    public async Task The_pollingtrigger_policy_sets_the_state_then_fires_only_on_new_items()
    {
        using var connector = new TestConnector(Trigger(), policies: new JsonArray(Policy("pollingtrigger", PolicyHarness.With(
            ("triggerConfig", new JsonObject { ["$filter"] = "TripId gt @{triggerBody().value[0].TripId}" }),
            ("triggerDataPath", "@triggerBody().value")))));
        await using var runtime = await RunningRuntime.StartAsync(connector.Folder, configure: s => s with { PollingInterval = TimeSpan.FromSeconds(7) });
        var trips = new List<int> { 2, 1 };
        runtime.Backend.Handler = (context, request) =>
        {
            var after = context.Request.Query["$filter"].ToString() is { Length: > 0 } filter ? int.Parse(filter["TripId gt ".Length..], System.Globalization.CultureInfo.InvariantCulture) : 0;
            var items = trips.Where(t => t > after).OrderDescending().Select(t => $$"""{"TripId":{{t}}}""");
            return FakeBackend.Json(context, HttpStatusCode.OK, $$"""{"value":[{{string.Join(",", items)}}]}""");
        };
        var waits = new List<TimeSpan>();
        var polls = new List<PollResult>();
        var client = new PollingTriggerClient(runtime.Client, (delay, _) => { waits.Add(delay); return Task.CompletedTask; }, TimeSpan.FromMinutes(3));

        await client.RunAsync(new Uri(runtime.Host.Root, "trips"), poll =>
        {
            polls.Add(poll);
            if (poll.Number == 2)
            {
                trips.Add(3);
            }

            return Task.FromResult(poll.Number < 4);
        }, RunningRuntime.Token);

        Assert.Equal([202, 202, 200, 202], polls.Select(p => p.Status));
        PolicyHarness.JsonEqual("""{"value":[{"TripId":3}]}""", polls[2].Body);
        Assert.Equal(["/api/trips", "/api/trips?%24filter=TripId%20gt%202", "/api/trips?%24filter=TripId%20gt%202", "/api/trips?%24filter=TripId%20gt%203"],
            runtime.Backend.Requests.Select(r => r.PathAndQuery));
        Assert.All(waits, wait => Assert.Equal(TimeSpan.FromSeconds(7), wait));
    }

    [Fact]
    public async Task A_backend_that_answers_202_with_location_itself_is_followed_through_the_runtime()
    {
        using var connector = new TestConnector(Trigger());
        await using var runtime = await RunningRuntime.StartAsync(connector.Folder);
        runtime.Backend.Handler = (context, request) =>
        {
            var state = context.Request.Query["state"].ToString();
            context.Response.Headers.Location = $"{runtime.Backend.Origin}api/trips?state={(state.Length == 0 ? "1" : "2")}";
            context.Response.Headers.RetryAfter = "11";
            return state == "1" ? FakeBackend.Json(context, HttpStatusCode.OK, """{"value":[{"TripId":1}]}""") : WriteAccepted(context);
        };
        var polls = new List<PollResult>();
        var client = new PollingTriggerClient(runtime.Client, (_, _) => Task.CompletedTask, TimeSpan.FromMinutes(3));

        await client.RunAsync(new Uri(runtime.Host.Root, "trips"), poll => { polls.Add(poll); return Task.FromResult(poll.Number < 3); }, RunningRuntime.Token);

        Assert.Equal([202, 200, 202], polls.Select(p => p.Status));
        Assert.All(polls, p => Assert.Equal(runtime.Host.Address.Authority, p.Next.Authority));
        Assert.All(polls, p => Assert.Equal(TimeSpan.FromSeconds(11), p.Delay));
        Assert.Equal(["/api/trips", "/api/trips?state=1", "/api/trips?state=2"], runtime.Backend.Requests.Select(r => r.PathAndQuery));
    }

    private static Task WriteAccepted(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status202Accepted;
        return Task.CompletedTask;
    }
}
