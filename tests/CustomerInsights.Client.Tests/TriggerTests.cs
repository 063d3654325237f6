using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CustomerInsights.Client.Tests.TestSupport;

namespace CustomerInsights.Client.Tests;

public sealed class TriggerTests : IDisposable
{
    private const string SubscriptionUrl = "https://ci.test/v1/instances/inst/subscriptions/6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b";

    private readonly ClientFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task Subscribe_then_unsubscribe_round_trips_through_the_Location()
    {
        _fixture.Handler
            .Respond(HttpStatusCode.Created, """
                { "subscriptionId": "6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b", "trigger": "segmentThresholdCrossed", "createdAt": "2024-06-01T10:00:00Z" }
                """, r => r.Headers.Location = new Uri(SubscriptionUrl))
            .Respond(HttpStatusCode.OK);

        var subscription = await _fixture.Client.SubscribeToSegmentThresholdCrossedAsync(
            "inst",
            new SegmentThresholdCrossedRequest { CallbackUrl = "https://flow.test/callback?sig=1", SegmentName = "vip", Threshold = 1000 },
            ClientFixture.Token);
        await _fixture.Client.UnsubscribeAsync(subscription, ClientFixture.Token);

        var (subscribe, unsubscribe) = (_fixture.Handler.Requests[0], _fixture.Handler.Requests[1]);
        Assert.Equal(HttpMethod.Post, subscribe.Method);
        Assert.Equal("https://ci.test/v1/instances/inst/triggers/segmentThresholdCrossed", subscribe.Uri.AbsoluteUri);
        Assert.Equal("""{"callbackUrl":"https://flow.test/callback?sig=1","segmentName":"vip","threshold":1000}""", subscribe.Body);
        ClientFixture.AssertAuthenticated(subscribe);
        Assert.Equal(new Uri(SubscriptionUrl), subscription.Location);
        Assert.Equal(SubscriptionTrigger.SegmentThresholdCrossed, subscription.Body.Trigger);
        Assert.Equal(Guid.Parse("6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b"), subscription.Body.SubscriptionId);
        Assert.Equal(HttpMethod.Delete, unsubscribe.Method);
        Assert.Equal(SubscriptionUrl, unsubscribe.Uri.AbsoluteUri);
        ClientFixture.AssertAuthenticated(unsubscribe);
    }

    [Fact]
    public async Task A_relative_Location_is_made_absolute_against_the_subscribe_request()
    {
        _fixture.Handler.Respond(HttpStatusCode.Created, "{}", r => r.Headers.Location = new Uri("/v1/instances/inst/subscriptions/s1", UriKind.Relative));

        var subscription = await _fixture.Client.SubscribeToFullRefreshCompletedAsync(
            "inst", new FullRefreshCompletedRequest { CallbackUrl = "https://flow.test/cb" }, ClientFixture.Token);

        Assert.Equal("https://ci.test/v1/instances/inst/subscriptions/s1", subscription.Location!.AbsoluteUri);
    }

    [Fact]
    public async Task Unsubscribing_without_a_Location_is_refused()
    {
        var subscription = new CustomerInsightsWebhookSubscription(Location: null);

        await Assert.ThrowsAsync<ArgumentException>(() => _fixture.Client.UnsubscribeAsync(subscription, ClientFixture.Token));
        Assert.Empty(_fixture.Handler.Requests);
    }

    [Fact]
    public async Task A_notification_body_parses_into_its_typed_payload()
    {
        const string json = """
            { "instanceId": "3f2b9c1e-0d4a-4b7e-9a51-2c6d8e0f1a2b", "eventTime": "2024-06-01T10:05:00Z",
              "subscriptionId": "6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b", "dataSourceId": "0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0",
              "dataSourceName": "crm", "refreshState": "updateFailed", "errorMessage": "Credentials expired." }
            """;
        await using var body = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var payload = await CustomerInsightsNotifications.ParseDataSourceRefreshFailedAsync(body, ClientFixture.Token);

        Assert.Equal("crm", payload.DataSourceName);
        Assert.Equal(DataSourceRefreshEventRefreshState.UpdateFailed, payload.RefreshState);
        Assert.Equal("Credentials expired.", payload.ErrorMessage);
    }

    [Fact]
    public void The_notification_parser_picks_the_payload_type_by_trigger()
    {
        const string json = """
            { "jobId": "00000000-0000-0000-0000-000000000001", "jobStatus": "successful", "submissionKind": "scheduled",
              "steps": [ { "operationType": "match", "status": "successful" } ] }
            """;

        var payload = Assert.IsType<RefreshCompletedEvent>(CustomerInsightsNotifications.Parse("OnUnificationRefreshCompleted", json));

        Assert.Equal(RefreshCompletedEventJobStatus.Successful, payload.JobStatus);
        Assert.Equal(RefreshStepOperationType.Match, Assert.Single(payload.Steps!).OperationType);
        Assert.IsType<MeasureThresholdEvent>(CustomerInsightsNotifications.Parse("OnMeasureThresholdCrossed", "{}"));
        Assert.Throws<ArgumentException>(() => CustomerInsightsNotifications.Parse("OnSomethingElse", "{}"));
    }

    [Fact]
    public void Payload_records_serialize_back_to_the_wire_shape()
    {
        var payload = CustomerInsightsNotifications.ParseSegmentThresholdCrossed("""{ "segmentName": "vip", "threshold": 10, "currentCount": 11, "custom": true }""");

        var node = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(payload, CustomerInsightsClientJsonContext.Default.SegmentThresholdEvent))!;

        Assert.Equal("vip", (string?)node["segmentName"]);
        Assert.Equal(11, (long)node["currentCount"]!);
        Assert.True((bool)node["custom"]!);
    }
}
