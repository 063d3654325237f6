using System.Text.Json.Nodes;
using CustomerInsights.Emulator.State;
using Microsoft.Data.Sqlite;

namespace CustomerInsights.Emulator.Events;

/// <summary>
/// Records one event and, in the same transaction, one outbox notification for every subscription of its trigger
/// that the event matches: the payload every trigger shares (instance, event time, subscription) plus the event's own.
/// </summary>
internal static class NotificationFanOut
{
    public static JsonArray Record(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string instanceId,
        string triggerName,
        string eventTime,
        Func<SubscriptionRecord, bool> matches,
        Func<SubscriptionRecord, JsonObject> payload)
    {
        var eventId = OutboxStore.RecordEvent(connection, transaction, instanceId, triggerName, eventTime);
        var notified = new JsonArray();
        foreach (var subscription in SubscriptionStore.ForTrigger(connection, transaction, instanceId, triggerName).Where(matches))
        {
            var body = new JsonObject
            {
                ["instanceId"] = instanceId,
                ["eventTime"] = eventTime,
                ["subscriptionId"] = subscription.SubscriptionId,
            };
            foreach (var (name, value) in payload(subscription))
            {
                body[name] = value?.DeepClone();
            }

            OutboxStore.Enqueue(connection, transaction, eventId, subscription, body, eventTime);
            notified.Add(subscription.SubscriptionId);
        }

        return notified;
    }

    /// <summary>The answer of a control request: the event and the subscriptions it notifies.</summary>
    public static JsonObject Summary(string triggerName, string eventTime, JsonArray notified, JsonObject? details = null)
    {
        var summary = new JsonObject
        {
            ["trigger"] = triggerName,
            ["eventTime"] = eventTime,
            ["notifiedSubscriptions"] = notified,
        };
        foreach (var (name, value) in details ?? [])
        {
            summary[name] = value?.DeepClone();
        }

        return summary;
    }
}
