using System.Net;
using System.Text.Json.Nodes;
using ConnectorKit.Conformance;
using CustomerInsights.Client;
using CustomerInsights.Emulator.Routes;
using CustomerInsights.Emulator.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerInsights.Emulator.Tests.Events;

/// <summary>Each of the six triggers end to end: subscribed, fired through the control API, received, schema-checked, unsubscribed.</summary>
public sealed class TriggerTests
{
    private static CancellationToken Token => EmulatorFixture.Token;

    [Theory]
    [MemberData(nameof(TriggerCase.OperationIds), MemberType = typeof(TriggerCase))]
    public async Task TriggerDeliversOneConformingNotificationUntilUnsubscribed(string operationId)
    {
        var trigger = TriggerCase.All[operationId];
        await using var emulator = await EmulatorFixture.StartAsync();
        await using var receiver = await NotificationReceiver.StartNewAsync();
        var location = await trigger.SubscribeAsync(emulator, receiver.Callback(operationId));

        var fired = await trigger.FireAsync(emulator);
        await emulator.RunUntilAsync(receiver.WaitForCountAsync(1));

        var notification = Assert.Single(receiver.Received);
        var connector = emulator.Host.Services.GetRequiredService<EmulatedConnector>();
        var schema = OperationSchemas.Notification(connector.Swagger.FindOperation(operationId)!.Value);
        Assert.Empty(connector.Conformance.Check(notification.Body, schema));
        var subscriptionId = location.Segments[^1];
        Assert.Equal(subscriptionId, notification.Body["subscriptionId"]!.GetValue<string>());
        Assert.Equal([subscriptionId], fired["notifiedSubscriptions"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.StartsWith(subscriptionId + ":", notification.IdempotencyKey, StringComparison.Ordinal);
        Assert.NotNull(CustomerInsightsNotifications.Parse(operationId, notification.Body.ToJsonString()));

        using var deleted = await emulator.Http.DeleteAsync(location, Token);
        using var deletedAgain = await emulator.Http.DeleteAsync(location, Token);
        var afterwards = await trigger.FireAsync(emulator);

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deletedAgain.StatusCode);
        Assert.Empty(afterwards["notifiedSubscriptions"]!.AsArray());
    }

    [Fact]
    public async Task DataSourceFilterLimitsTheNotificationsToThatSource()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        await using var receiver = await NotificationReceiver.StartNewAsync();
        var trigger = TriggerCase.All["OnDataSourceRefreshFailed"];
        await trigger.SubscribeAsync(emulator, receiver.Callback("loyalty-only"));

        var other = await emulator.ControlAsync(HttpMethod.Post, $"instances/{EmulatorFixture.Contoso}/dataSources/{EmulatorFixture.ContactsSource}/refresh", new { outcome = "failed" });
        var watched = await trigger.FireAsync(emulator);

        Assert.Empty(other["notifiedSubscriptions"]!.AsArray());
        Assert.Single(watched["notifiedSubscriptions"]!.AsArray());
    }

    [Fact]
    public async Task SegmentThresholdFiresOnAnUpwardCrossingOnly()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        await using var receiver = await NotificationReceiver.StartNewAsync();
        await TriggerCase.All["OnSegmentThresholdCrossed"].SubscribeAsync(emulator, receiver.Callback("segment"));
        var path = $"instances/{EmulatorFixture.Contoso}/segments/HighValueCustomers/count";

        var upward = await emulator.ControlAsync(HttpMethod.Put, path, new { count = 1001 });
        var higher = await emulator.ControlAsync(HttpMethod.Put, path, new { count = 1500 });
        var downward = await emulator.ControlAsync(HttpMethod.Put, path, new { count = 900 });
        var atThreshold = await emulator.ControlAsync(HttpMethod.Put, path, new { count = 1000 });
        var upAgain = await emulator.ControlAsync(HttpMethod.Put, path, new { count = 1001 });
        await emulator.RunUntilAsync(receiver.WaitForCountAsync(2));
        await emulator.RunForAsync(TimeSpan.FromMinutes(5));

        Assert.Equal([1, 0, 0, 0, 1], new[] { upward, higher, downward, atThreshold, upAgain }.Select(r => r["notifiedSubscriptions"]!.AsArray().Count));
        Assert.Equal([(980L, 1001L), (1000L, 1001L)],
            receiver.Received.Select(n => (n.Body["previousCount"]!.GetValue<long>(), n.Body["currentCount"]!.GetValue<long>())));
    }

    [Fact]
    public async Task MeasureThresholdIgnoresADownwardCrossingAndRefusesDimensionalMeasures()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        await using var receiver = await NotificationReceiver.StartNewAsync();
        await TriggerCase.All["OnMeasureThresholdCrossed"].SubscribeAsync(emulator, receiver.Callback("measure"));
        var path = $"instances/{EmulatorFixture.Contoso}/measures/TotalRevenue/value";

        var downward = await emulator.ControlAsync(HttpMethod.Put, path, new { value = 900000.0 });
        var upward = await emulator.ControlAsync(HttpMethod.Put, path, new { value = 1300000.01 });
        using var dimensional = await emulator.Http.PostAsync($"instances/{EmulatorFixture.Contoso}/triggers/measureThresholdCrossed",
            Json(new JsonObject { ["callbackUrl"] = receiver.Callback("x"), ["measureName"] = "RevenueByCountry", ["threshold"] = 1 }), Token);

        Assert.Empty(downward["notifiedSubscriptions"]!.AsArray());
        Assert.Single(upward["notifiedSubscriptions"]!.AsArray());
        Assert.Equal(HttpStatusCode.BadRequest, dimensional.StatusCode);
    }

    [Fact]
    public async Task ManualFullRefreshFiresNothingButAManualUnificationDoes()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        await using var receiver = await NotificationReceiver.StartNewAsync();
        await TriggerCase.All["OnFullRefreshCompleted"].SubscribeAsync(emulator, receiver.Callback("full"));
        await TriggerCase.All["OnUnificationRefreshCompleted"].SubscribeAsync(emulator, receiver.Callback("unification"));
        var path = $"instances/{EmulatorFixture.Contoso}/refreshes";

        var manualFull = await emulator.ControlAsync(HttpMethod.Post, path, new { kind = "full", scheduled = false });
        var failedScheduled = await emulator.ControlAsync(HttpMethod.Post, path, new { kind = "full", scheduled = true, outcome = "failed" });
        var manualUnification = await emulator.ControlAsync(HttpMethod.Post, path, new { kind = "unification", scheduled = false });
        await emulator.RunUntilAsync(receiver.WaitForCountAsync(2));

        Assert.Empty(manualFull["notifiedSubscriptions"]!.AsArray());
        Assert.Single(failedScheduled["notifiedSubscriptions"]!.AsArray());
        Assert.Single(manualUnification["notifiedSubscriptions"]!.AsArray());
        var full = receiver.Received.Single(n => n.Path.EndsWith("/full", StringComparison.Ordinal)).Body;
        Assert.Equal("failed", full["jobStatus"]!.GetValue<string>());
        Assert.Equal(["successful", "successful", "failed", "skipped", "skipped", "skipped", "skipped"],
            full["steps"]!.AsArray().Select(s => s!["status"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("segmentThresholdCrossed", """{ "callbackUrl": "http://127.0.0.1:9/hook", "segmentName": "NoSuchSegment", "threshold": 5 }""", HttpStatusCode.BadRequest)]
    [InlineData("segmentThresholdCrossed", """{ "callbackUrl": "http://127.0.0.1:9/hook", "segmentName": "HighValueCustomers" }""", HttpStatusCode.BadRequest)]
    [InlineData("dataSourceRefreshFailed", """{ "callbackUrl": "http://192.0.2.10/hook" }""", HttpStatusCode.BadRequest)]
    [InlineData("dataSourceRefreshFailed", """{ "callbackUrl": "not a url" }""", HttpStatusCode.BadRequest)]
    [InlineData("dataSourceRefreshFailed", """{ "callbackUrl": "http://127.0.0.1:9/hook", "dataSourceId": "00000000-0000-0000-0000-000000000001" }""", HttpStatusCode.NotFound)]
    public async Task BadSubscriptionsAreRefused(string trigger, string body, HttpStatusCode expected)
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        using var raw = new HttpClient { BaseAddress = emulator.Host.ServiceRoot };
        raw.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "t");
        raw.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "k");

        using var response = await raw.PostAsync($"instances/{EmulatorFixture.Contoso}/triggers/{trigger}", Json(JsonNode.Parse(body)!), Token);

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains("\"message\"", await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
}
