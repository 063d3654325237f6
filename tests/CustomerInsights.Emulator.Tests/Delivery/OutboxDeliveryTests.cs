using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CustomerInsights.Emulator.Tests.TestSupport;

namespace CustomerInsights.Emulator.Tests.Delivery;

/// <summary>
/// Notifications go through the outbox: none is lost while the receiver is down or the emulator restarts, none is
/// delivered twice, and each subscription receives its notifications in event order. Time is the emulator's fake
/// clock, moved from one pending timer to the next; nothing sleeps.
/// </summary>
public sealed class OutboxDeliveryTests
{
    private static CancellationToken Token => EmulatorFixture.Token;

    private static readonly string SegmentPath = $"instances/{EmulatorFixture.Contoso}/segments/HighValueCustomers/count";

    [Fact]
    public async Task ReceiverDownForAMinuteGetsEveryNotificationOnceInOrderWhenBack()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        await using var receiver = await NotificationReceiver.StartNewAsync();
        await TriggerCase.All["OnSegmentThresholdCrossed"].SubscribeAsync(emulator, receiver.Callback("segment"));
        await TriggerCase.All["OnDataSourceRefreshFailed"].SubscribeAsync(emulator, receiver.Callback("refresh"));
        receiver.GoDown();

        await FireSegmentCrossingsAsync(emulator, 3);
        await TriggerCase.All["OnDataSourceRefreshFailed"].FireAsync(emulator);
        await emulator.RunForAsync(TimeSpan.FromMinutes(1));
        var whileDown = await OutboxAsync(emulator);
        receiver.ComeBack();
        await emulator.RunUntilAsync(receiver.WaitForCountAsync(4));
        await emulator.RunForAsync(TimeSpan.FromMinutes(10));

        Assert.All(whileDown, entry => Assert.Equal("pending", entry["state"]!.GetValue<string>()));
        // Only the oldest notification of each subscription is tried; the later ones wait their turn.
        var heads = whileDown.GroupBy(e => e["subscriptionId"]!.GetValue<string>()).Select(g => g.First()).ToList();
        Assert.Equal(2, heads.Count);
        Assert.All(heads, head => Assert.True(head["attempts"]!.GetValue<int>() >= 4, head.ToJsonString()));
        Assert.All(whileDown.Except(heads), waiting => Assert.Equal(0, waiting["attempts"]!.GetValue<int>()));
        AssertExactlyOnceInOrder(receiver.Received, segmentNotifications: 3, refreshNotifications: 1);
        Assert.All(await OutboxAsync(emulator), entry => Assert.Equal("delivered", entry["state"]!.GetValue<string>()));
    }

    [Fact]
    public async Task EmulatorRestartInTheMiddleLosesNothing()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        await using var receiver = await NotificationReceiver.StartNewAsync();
        await TriggerCase.All["OnSegmentThresholdCrossed"].SubscribeAsync(emulator, receiver.Callback("segment"));
        await TriggerCase.All["OnDataSourceRefreshFailed"].SubscribeAsync(emulator, receiver.Callback("refresh"));
        receiver.GoDown();
        await FireSegmentCrossingsAsync(emulator, 2);
        await emulator.RunForAsync(TimeSpan.FromSeconds(10));

        await emulator.RestartAsync();
        await TriggerCase.All["OnDataSourceRefreshFailed"].FireAsync(emulator);
        await FireSegmentCrossingsAsync(emulator, 1, firstCount: 1003);
        receiver.ComeBack();
        await emulator.RunUntilAsync(receiver.WaitForCountAsync(4));
        await emulator.RunForAsync(TimeSpan.FromMinutes(10));

        AssertExactlyOnceInOrder(receiver.Received, segmentNotifications: 3, refreshNotifications: 1);
        var subscriptions = await emulator.Http.GetFromJsonAsync<JsonArray>(new Uri(emulator.Host.BaseAddress, "control/subscriptions"), Token);
        Assert.Equal(2, subscriptions!.Count);
    }

    [Fact]
    public async Task StateSurvivesARestartWithTheSameDataFile()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        await emulator.ControlAsync(HttpMethod.Put, SegmentPath, new { count = 1234 });
        await emulator.Client.CreateItemAsync(EmulatorFixture.Contoso, "DataSource_Contacts", new JsonObject { ["ContactId"] = "CRM-5555" }, cancellationToken: Token);

        await emulator.RestartAsync();
        var segments = await emulator.Client.ListSegmentsAsync(EmulatorFixture.Contoso, Token);
        var item = await emulator.Client.GetItemAsync(EmulatorFixture.Contoso, "DataSource_Contacts", "CRM-5555", Token);

        Assert.Equal(1234, segments.Single(s => s.Name == "HighValueCustomers").EvaluationStatus!.EntityCount);
        Assert.Equal("CRM-5555", item["ContactId"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnsubscribingDropsTheNotificationsStillWaiting()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        await using var receiver = await NotificationReceiver.StartNewAsync();
        var location = await TriggerCase.All["OnSegmentThresholdCrossed"].SubscribeAsync(emulator, receiver.Callback("segment"));
        receiver.GoDown();
        await FireSegmentCrossingsAsync(emulator, 2);

        using var deleted = await emulator.Http.DeleteAsync(location, Token);
        receiver.ComeBack();
        await emulator.RunForAsync(TimeSpan.FromMinutes(5));

        Assert.Empty(receiver.Received);
        Assert.All(await OutboxAsync(emulator), entry => Assert.Equal("cancelled", entry["state"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ANotificationNobodyTakesIsAbandonedAfterTheLastAttemptAndStopsBlockingTheNextOnes()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        await using var receiver = await NotificationReceiver.StartNewAsync();
        await TriggerCase.All["OnSegmentThresholdCrossed"].SubscribeAsync(emulator, receiver.Callback("segment"));
        receiver.GoDown();
        await FireSegmentCrossingsAsync(emulator, 1);

        await emulator.RunForAsync(TimeSpan.FromHours(2));
        var abandoned = Assert.Single(await OutboxAsync(emulator));
        receiver.ComeBack();
        await FireSegmentCrossingsAsync(emulator, 1, firstCount: 1100);
        await emulator.RunUntilAsync(receiver.WaitForCountAsync(1));

        Assert.Equal("abandoned", abandoned["state"]!.GetValue<string>());
        Assert.Equal(50, abandoned["attempts"]!.GetValue<int>());
        Assert.Single(receiver.Received);
    }

    /// <summary>Moves the segment below its threshold and back above it, <paramref name="count"/> times: one notification each.</summary>
    private static async Task FireSegmentCrossingsAsync(EmulatorFixture emulator, int count, long firstCount = 1001)
    {
        for (var crossing = 0; crossing < count; crossing++)
        {
            await emulator.ControlAsync(HttpMethod.Put, SegmentPath, new { count = 900 });
            var above = await emulator.ControlAsync(HttpMethod.Put, SegmentPath, new { count = firstCount + crossing });
            Assert.Single(above["notifiedSubscriptions"]!.AsArray());
        }
    }

    private static async Task<List<JsonObject>> OutboxAsync(EmulatorFixture emulator)
    {
        using var plain = new HttpClient();
        var entries = await plain.GetFromJsonAsync<JsonArray>(new Uri(emulator.Host.BaseAddress, "control/outbox"), Token);
        return [.. entries!.Select(e => e!.AsObject())];
    }

    private static void AssertExactlyOnceInOrder(IReadOnlyList<ReceivedNotification> received, int segmentNotifications, int refreshNotifications)
    {
        Assert.Equal(received.Count, received.Select(n => n.IdempotencyKey).Distinct().Count());
        var segment = received.Where(n => n.Path.EndsWith("/segment", StringComparison.Ordinal)).ToList();
        Assert.Equal(segmentNotifications, segment.Count);
        Assert.Equal(refreshNotifications, received.Count(n => n.Path.EndsWith("/refresh", StringComparison.Ordinal)));
        var counts = segment.Select(n => n.Body["currentCount"]!.GetValue<long>()).ToList();
        Assert.Equal(counts.Order(), counts);
        var times = segment.Select(n => n.Body["eventTime"]!.GetValue<string>()).ToList();
        Assert.Equal(times.Order(StringComparer.Ordinal), times);
    }
}
