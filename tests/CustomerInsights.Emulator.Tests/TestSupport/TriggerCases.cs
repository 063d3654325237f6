using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CustomerInsights.Emulator.Tests.TestSupport;

/// <summary>
/// For each webhook trigger of the connector: the subscribe body (filters), and the control request that makes its
/// event happen, as a test or the README's demo would send them.
/// </summary>
public sealed record TriggerCase(string OperationId, string PathName, JsonObject Filters, HttpMethod ControlMethod, string ControlPath, object ControlBody)
{
    public static readonly IReadOnlyDictionary<string, TriggerCase> All = new[]
    {
        new TriggerCase("OnDataSourceRefreshFailed", "dataSourceRefreshFailed", new JsonObject { ["dataSourceId"] = EmulatorFixture.LoyaltySource },
            HttpMethod.Post, $"instances/{EmulatorFixture.Contoso}/dataSources/{EmulatorFixture.LoyaltySource}/refresh", new { outcome = "failed" }),
        new TriggerCase("OnDataSourceRefreshSucceeded", "dataSourceRefreshSucceeded", [],
            HttpMethod.Post, $"instances/{EmulatorFixture.Contoso}/dataSources/{EmulatorFixture.ContactsSource}/refresh", new { outcome = "succeeded" }),
        new TriggerCase("OnSegmentThresholdCrossed", "segmentThresholdCrossed", new JsonObject { ["segmentName"] = "HighValueCustomers", ["threshold"] = 1000 },
            HttpMethod.Put, $"instances/{EmulatorFixture.Contoso}/segments/HighValueCustomers/count", new { count = 1042 }),
        new TriggerCase("OnMeasureThresholdCrossed", "measureThresholdCrossed", new JsonObject { ["measureName"] = "TotalRevenue", ["threshold"] = 1.3e6 },
            HttpMethod.Put, $"instances/{EmulatorFixture.Contoso}/measures/TotalRevenue/value", new { value = 1312500.75 }),
        new TriggerCase("OnFullRefreshCompleted", "fullRefreshCompleted", [],
            HttpMethod.Post, $"instances/{EmulatorFixture.Contoso}/refreshes", new { kind = "full", scheduled = true }),
        new TriggerCase("OnUnificationRefreshCompleted", "unificationRefreshCompleted", [],
            HttpMethod.Post, $"instances/{EmulatorFixture.Contoso}/refreshes", new { kind = "unification", scheduled = false }),
    }.ToDictionary(c => c.OperationId);

    public static TheoryData<string> OperationIds => [.. All.Keys];

    /// <summary>Subscribes through the raw service API, as Power Automate does; returns the Location to DELETE.</summary>
    public async Task<Uri> SubscribeAsync(EmulatorFixture emulator, string callback)
    {
        var body = (JsonObject)Filters.DeepClone();
        body["callbackUrl"] = callback;
        using var response = await emulator.Http.PostAsJsonAsync($"instances/{EmulatorFixture.Contoso}/triggers/{PathName}", body, EmulatorFixture.Token);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return response.Headers.Location!;
    }

    public Task<JsonObject> FireAsync(EmulatorFixture emulator) => emulator.ControlAsync(ControlMethod, ControlPath, ControlBody);
}
