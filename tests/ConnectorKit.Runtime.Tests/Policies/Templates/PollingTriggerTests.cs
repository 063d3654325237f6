using System.Text.Json.Nodes;
using ConnectorKit.Runtime.Policies.Templates;
using ConnectorKit.Runtime.Tests.TestSupport;
using static ConnectorKit.Runtime.Tests.TestSupport.PolicyHarness;

namespace ConnectorKit.Runtime.Tests.Policies.Templates;

public sealed class PollingTriggerTests
{
    private static readonly JsonObject Config = With(
        ("triggerConfig", new JsonObject { ["$filter"] = "TripId gt @{triggerBody().value[0].TripId}" }),
        ("triggerDataPath", "@triggerBody().value"));

    [Fact]
    public async Task The_first_poll_only_sets_the_state_from_the_newest_item()
    {
        var harness = new PolicyHarness();
        harness.ResponseJson("""{"value":[{"TripId":7},{"TripId":3}]}""");
        await harness.ApplyAsync(Build("pollingtrigger", Config));

        Assert.Equal(202, harness.Response.Status);
        Assert.True(harness.Response.Body.IsEmpty);
        Assert.Equal($"http://127.0.0.1:5090/api/items?%24filter=TripId%20gt%207&{PollingTrigger.StateParameter}=1", harness.Response.Headers.Get("Location"));
        Assert.Equal("30", harness.Response.Headers.Get("Retry-After"));
    }

    [Fact]
    public async Task A_later_poll_with_items_fires_and_carries_the_new_state()
    {
        var harness = new PolicyHarness { IsPollingStateCall = true };
        harness.OriginalQuery.Add(new("$filter", "TripId gt 7"));
        harness.OriginalQuery.Add(new(PollingTrigger.StateParameter, "1"));
        harness.ResponseJson("""{"value":[{"TripId":9}]}""");
        await harness.ApplyAsync(Build("pollingtrigger", Config));

        Assert.Equal(200, harness.Response.Status);
        JsonEqual("""{"value":[{"TripId":9}]}""", harness.Response.Body.ReadJson());
        Assert.Contains("TripId%20gt%209", harness.Response.Headers.Get("Location"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_later_poll_without_items_answers_202_with_the_same_state()
    {
        var harness = new PolicyHarness { IsPollingStateCall = true };
        harness.OriginalQuery.Add(new("$filter", "TripId gt 9"));
        harness.ResponseJson("""{"value":[]}""");
        await harness.ApplyAsync(Build("pollingtrigger", Config));

        Assert.Equal(202, harness.Response.Status);
        Assert.Contains("TripId%20gt%209", harness.Response.Headers.Get("Location"), StringComparison.Ordinal);
    }
}
