using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace CustomerInsights.Emulator.State;

/// <summary>A webhook subscription: which trigger of which instance, where to post, and the filters it was made with.</summary>
public sealed record SubscriptionRecord(string SubscriptionId, string InstanceId, string TriggerName, string CallbackUrl, JsonObject Filters, string CreatedAt)
{
    /// <summary>The Subscription schema: the 201 answer of a subscribe operation.</summary>
    public JsonObject ToJson() => new()
    {
        ["subscriptionId"] = SubscriptionId,
        ["trigger"] = TriggerName,
        ["createdAt"] = CreatedAt,
    };
}

/// <summary>Webhook subscriptions; deleting one drops the notifications still waiting for it.</summary>
public sealed class SubscriptionStore(EmulatorDatabase database)
{
    private const string Columns = "subscription_id, instance_id, trigger_name, callback_url, filters, created_at";

    public Task<SubscriptionRecord> CreateAsync(string instanceId, string triggerName, string callbackUrl, JsonObject filters, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var record = new SubscriptionRecord(Guid.NewGuid().ToString(), instanceId, triggerName, callbackUrl, filters, Timestamps.Format(now));
        return database.WriteAsync((connection, transaction) =>
        {
            Sql.Execute(connection, transaction,
                $"INSERT INTO subscriptions ({Columns}) VALUES ($id, $instance, $trigger, $callback, $filters, $created)",
                ("$id", record.SubscriptionId), ("$instance", instanceId), ("$trigger", triggerName), ("$callback", callbackUrl),
                ("$filters", filters.ToJsonString()), ("$created", record.CreatedAt));
            return record;
        }, cancellationToken);
    }

    /// <summary>Deletes the subscription and cancels its undelivered notifications; false when it does not exist.</summary>
    public Task<bool> DeleteAsync(string instanceId, string subscriptionId, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) =>
        {
            var deleted = Sql.Execute(connection, transaction,
                "DELETE FROM subscriptions WHERE instance_id = $instance AND subscription_id = $id",
                ("$instance", instanceId), ("$id", subscriptionId));
            if (deleted > 0)
            {
                OutboxStore.CancelPending(connection, transaction, subscriptionId, now);
            }

            return deleted > 0;
        }, cancellationToken);

    public IReadOnlyList<SubscriptionRecord> All() => database.Read(connection =>
        Sql.Query(connection, $"SELECT {Columns} FROM subscriptions ORDER BY created_at, subscription_id", Read));

    internal static List<SubscriptionRecord> ForTrigger(SqliteConnection connection, SqliteTransaction transaction, string instanceId, string triggerName) =>
        Sql.Query(connection, transaction,
            $"SELECT {Columns} FROM subscriptions WHERE instance_id = $instance AND trigger_name = $trigger ORDER BY created_at, subscription_id",
            Read, ("$instance", instanceId), ("$trigger", triggerName));

    private static SubscriptionRecord Read(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), (JsonObject)JsonNode.Parse(r.GetString(4))!, r.GetString(5));
}
