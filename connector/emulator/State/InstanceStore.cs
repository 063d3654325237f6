using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace CustomerInsights.Emulator.State;

/// <summary>Instances, their entities, the entities' items and partitions.</summary>
public sealed class InstanceStore(EmulatorDatabase database)
{
    public IReadOnlyList<InstanceRecord> Instances() => database.Read(connection =>
        Sql.Query(connection, "SELECT instance_id, name, instance_type, recipients FROM instances ORDER BY name, instance_id", ReadInstance));

    public InstanceRecord? Instance(string instanceId) => database.Read(connection =>
        Sql.Query(connection, "SELECT instance_id, name, instance_type, recipients FROM instances WHERE instance_id = $id", ReadInstance, ("$id", instanceId))
            .FirstOrDefault());

    public IReadOnlyList<EntityRecord> Entities(string instanceId) => database.Read(connection =>
        Sql.Query(connection,
            "SELECT qualified_name, name, entity_type, key_attribute, attributes FROM entities WHERE instance_id = $id ORDER BY position",
            ReadEntity, ("$id", instanceId)));

    public EntityRecord? Entity(string instanceId, string qualifiedName) => database.Read(connection =>
        Sql.Query(connection,
            "SELECT qualified_name, name, entity_type, key_attribute, attributes FROM entities WHERE instance_id = $id AND qualified_name = $name",
            ReadEntity, ("$id", instanceId), ("$name", qualifiedName)).FirstOrDefault());

    /// <summary>The items of an entity that have not expired at <paramref name="now"/>, in the order they were written.</summary>
    public IReadOnlyList<JsonObject> Items(string instanceId, string entity, DateTimeOffset now) => database.Read(connection =>
        Sql.Query(connection,
            "SELECT body FROM items WHERE instance_id = $id AND entity = $entity AND (valid_until IS NULL OR valid_until > $now) ORDER BY position",
            r => (JsonObject)JsonNode.Parse(r.GetString(0))!, ("$id", instanceId), ("$entity", entity), ("$now", Timestamps.Format(now))));

    public JsonObject? Item(string instanceId, string entity, string itemId, DateTimeOffset now) => database.Read(connection =>
        FindItem(connection, null, instanceId, entity, itemId, now));

    /// <summary>Adds an item; false when an unexpired item with the same ID exists.</summary>
    public Task<bool> TryCreateItemAsync(string instanceId, string entity, string itemId, JsonObject body, ItemWriteOptions write, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) =>
        {
            if (FindItem(connection, transaction, instanceId, entity, itemId, write.Now) is not null)
            {
                return false;
            }

            Sql.Execute(connection, transaction,
                "INSERT INTO items (instance_id, entity, item_id, body, valid_until, caller, position) " +
                "VALUES ($id, $entity, $item, $body, $until, $caller, (SELECT COALESCE(MAX(position), -1) + 1 FROM items WHERE instance_id = $id AND entity = $entity)) " +
                "ON CONFLICT (instance_id, entity, item_id) DO UPDATE SET body = excluded.body, valid_until = excluded.valid_until, caller = excluded.caller, position = excluded.position",
                ("$id", instanceId), ("$entity", entity), ("$item", itemId), ("$body", body.ToJsonString()),
                ("$until", write.ValidUntil is { } until ? Timestamps.Format(until) : null), ("$caller", write.Caller));
            return true;
        }, cancellationToken);

    /// <summary>Sets the given attributes of an item; false when there is no such unexpired item.</summary>
    public Task<bool> TryUpdateItemAsync(string instanceId, string entity, string itemId, JsonObject changes, ItemWriteOptions write, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) =>
        {
            if (FindItem(connection, transaction, instanceId, entity, itemId, write.Now) is not { } item)
            {
                return false;
            }

            foreach (var (name, value) in changes)
            {
                item[name] = value?.DeepClone();
            }

            Sql.Execute(connection, transaction,
                "UPDATE items SET body = $body, valid_until = COALESCE($until, valid_until), caller = COALESCE($caller, caller) " +
                "WHERE instance_id = $id AND entity = $entity AND item_id = $item",
                ("$id", instanceId), ("$entity", entity), ("$item", itemId), ("$body", item.ToJsonString()),
                ("$until", write.ValidUntil is { } until ? Timestamps.Format(until) : null), ("$caller", write.Caller));
            return true;
        }, cancellationToken);

    public IReadOnlyList<PartitionRecord> Partitions(string instanceId, string entity) => database.Read(connection =>
        Sql.Query(connection,
            "SELECT name, location, refresh_time, has_header, format, kind, rows FROM partitions WHERE instance_id = $id AND entity = $entity ORDER BY position",
            r => new PartitionRecord(r.GetString(0), r.GetString(1), r.GetString(2), r.GetBoolean(3), r.GetString(4), r.GetString(5),
                (JsonArray)JsonNode.Parse(r.GetString(6))!),
            ("$id", instanceId), ("$entity", entity)));

    private static JsonObject? FindItem(SqliteConnection connection, SqliteTransaction? transaction, string instanceId, string entity, string itemId, DateTimeOffset now) =>
        Sql.Query(connection, transaction,
            "SELECT body FROM items WHERE instance_id = $id AND entity = $entity AND item_id = $item AND (valid_until IS NULL OR valid_until > $now)",
            r => (JsonObject)JsonNode.Parse(r.GetString(0))!,
            ("$id", instanceId), ("$entity", entity), ("$item", itemId), ("$now", Timestamps.Format(now))).FirstOrDefault();

    private static InstanceRecord ReadInstance(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), JsonSerializer.Deserialize<List<string>>(r.GetString(3)) ?? []);

    private static EntityRecord ReadEntity(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), EntityRecord.ParseAttributes(r.GetString(4)));
}

/// <summary>What goes with a written item: the time of the write, when it expires and who wrote it.</summary>
public sealed record ItemWriteOptions(DateTimeOffset Now, DateTimeOffset? ValidUntil, string? Caller);
