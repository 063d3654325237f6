using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace CustomerInsights.Emulator.State;

/// <summary>One notification of one event for one subscription, and how its delivery stands.</summary>
public sealed record OutboxEntry(
    long OutboxId,
    long EventId,
    string SubscriptionId,
    string IdempotencyKey,
    string CallbackUrl,
    string Body,
    int Attempts,
    string NextAttemptAt,
    string State,
    string? CompletedAt,
    string? LastError)
{
    public JsonObject ToJson() => new()
    {
        ["outboxId"] = OutboxId,
        ["eventId"] = EventId,
        ["subscriptionId"] = SubscriptionId,
        ["idempotencyKey"] = IdempotencyKey,
        ["callbackUrl"] = CallbackUrl,
        ["state"] = State,
        ["attempts"] = Attempts,
        ["nextAttemptAt"] = NextAttemptAt,
        ["completedAt"] = CompletedAt,
        ["lastError"] = LastError,
        ["body"] = JsonNode.Parse(Body),
    };
}

/// <summary>
/// Events and the notifications they owe, kept until delivered. Each subscription's notifications go out in event
/// order: only the oldest pending one of a subscription (its head) is ever due, so a failing receiver delays its own
/// later notifications and nobody else's.
/// </summary>
public sealed class OutboxStore(EmulatorDatabase database)
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Abandoned = "abandoned";
    public const string Cancelled = "cancelled";

    private const string Columns =
        "outbox_id, event_id, subscription_id, idempotency_key, callback_url, body, attempts, next_attempt_at, state, completed_at, last_error";

    private const string HeadCondition =
        "state = 'pending' AND outbox_id = (SELECT MIN(h.outbox_id) FROM outbox h WHERE h.state = 'pending' AND h.subscription_id = outbox.subscription_id)";

    /// <summary>The head notification of each subscription whose next attempt is due at <paramref name="now"/>, oldest first.</summary>
    public IReadOnlyList<OutboxEntry> Due(DateTimeOffset now) => database.Read(connection =>
        Sql.Query(connection, $"SELECT {Columns} FROM outbox WHERE {HeadCondition} AND next_attempt_at <= $now ORDER BY outbox_id",
            Read, ("$now", Timestamps.Format(now))));

    /// <summary>When the next head notification falls due; null when nothing is pending.</summary>
    public DateTimeOffset? NextDue() => database.Read(connection =>
    {
        var next = Sql.Query(connection, $"SELECT MIN(next_attempt_at) FROM outbox WHERE {HeadCondition}", r => r.NullableString(0)).FirstOrDefault();
        return Timestamps.TryParse(next, out var time) ? time : (DateTimeOffset?)null;
    });

    public IReadOnlyList<OutboxEntry> All() => database.Read(connection =>
        Sql.Query(connection, $"SELECT {Columns} FROM outbox ORDER BY outbox_id", Read));

    public Task MarkDeliveredAsync(OutboxEntry entry, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) => Sql.Execute(connection, transaction,
            "UPDATE outbox SET state = $state, attempts = attempts + 1, completed_at = $now, last_error = NULL WHERE outbox_id = $id AND state = 'pending'",
            ("$state", Delivered), ("$now", Timestamps.Format(now)), ("$id", entry.OutboxId)), cancellationToken);

    /// <summary>Records a failed attempt: tried again at <paramref name="nextAttempt"/>, or abandoned when that is null.</summary>
    public Task MarkFailedAsync(OutboxEntry entry, string error, DateTimeOffset now, DateTimeOffset? nextAttempt, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) => Sql.Execute(connection, transaction,
            "UPDATE outbox SET attempts = attempts + 1, last_error = $error, next_attempt_at = COALESCE($next, next_attempt_at), " +
            "state = CASE WHEN $next IS NULL THEN 'abandoned' ELSE state END, completed_at = CASE WHEN $next IS NULL THEN $now ELSE NULL END " +
            "WHERE outbox_id = $id AND state = 'pending'",
            ("$error", error), ("$next", nextAttempt is { } next ? Timestamps.Format(next) : null), ("$now", Timestamps.Format(now)),
            ("$id", entry.OutboxId)), cancellationToken);

    internal static long RecordEvent(SqliteConnection connection, SqliteTransaction transaction, string instanceId, string triggerName, string occurredAt) =>
        Sql.Insert(connection, transaction,
            "INSERT INTO events (instance_id, trigger_name, occurred_at) VALUES ($instance, $trigger, $at)",
            ("$instance", instanceId), ("$trigger", triggerName), ("$at", occurredAt));

    internal static void Enqueue(SqliteConnection connection, SqliteTransaction transaction, long eventId, SubscriptionRecord subscription, JsonObject body, string now) =>
        Sql.Execute(connection, transaction,
            "INSERT INTO outbox (event_id, subscription_id, idempotency_key, callback_url, body, next_attempt_at) " +
            "VALUES ($event, $subscription, $key, $callback, $body, $now)",
            ("$event", eventId), ("$subscription", subscription.SubscriptionId), ("$key", IdempotencyKey(eventId, subscription.SubscriptionId)),
            ("$callback", subscription.CallbackUrl), ("$body", body.ToJsonString()), ("$now", now));

    internal static void CancelPending(SqliteConnection connection, SqliteTransaction transaction, string subscriptionId, DateTimeOffset now) =>
        Sql.Execute(connection, transaction,
            "UPDATE outbox SET state = $state, completed_at = $now WHERE subscription_id = $id AND state = 'pending'",
            ("$state", Cancelled), ("$now", Timestamps.Format(now)), ("$id", subscriptionId));

    /// <summary>The same for every attempt of one notification, so a receiver can drop a repeat it has already handled.</summary>
    public static string IdempotencyKey(long eventId, string subscriptionId) => $"{subscriptionId}:{eventId}";

    private static OutboxEntry Read(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetInt32(6), r.GetString(7),
        r.GetString(8), r.NullableString(9), r.NullableString(10));
}
