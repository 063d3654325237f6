namespace CustomerInsights.Emulator.State;

/// <summary>
/// The tables, created when missing on every start. JSON columns hold what the connector's schemas describe (item
/// bodies, attributes, steps, payloads) as text; times are RFC 3339 UTC text, so they sort as they compare.
/// </summary>
internal static class DatabaseSchema
{
    public const string Script = """
        CREATE TABLE IF NOT EXISTS meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS instances (
            instance_id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            instance_type TEXT NOT NULL,
            recipients TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS entities (
            instance_id TEXT NOT NULL REFERENCES instances(instance_id),
            qualified_name TEXT NOT NULL,
            name TEXT NOT NULL,
            entity_type TEXT NOT NULL,
            key_attribute TEXT NOT NULL,
            attributes TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (instance_id, qualified_name));
        CREATE TABLE IF NOT EXISTS items (
            instance_id TEXT NOT NULL,
            entity TEXT NOT NULL,
            item_id TEXT NOT NULL,
            body TEXT NOT NULL,
            valid_until TEXT,
            caller TEXT,
            position INTEGER NOT NULL,
            PRIMARY KEY (instance_id, entity, item_id),
            FOREIGN KEY (instance_id, entity) REFERENCES entities(instance_id, qualified_name));
        CREATE TABLE IF NOT EXISTS partitions (
            instance_id TEXT NOT NULL,
            entity TEXT NOT NULL,
            name TEXT NOT NULL,
            location TEXT NOT NULL,
            refresh_time TEXT NOT NULL,
            has_header INTEGER NOT NULL,
            format TEXT NOT NULL,
            kind TEXT NOT NULL,
            rows TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (instance_id, entity, name),
            FOREIGN KEY (instance_id, entity) REFERENCES entities(instance_id, qualified_name));
        CREATE TABLE IF NOT EXISTS data_sources (
            instance_id TEXT NOT NULL REFERENCES instances(instance_id),
            data_source_id TEXT NOT NULL,
            name TEXT NOT NULL,
            friendly_name TEXT NOT NULL,
            refresh_state TEXT NOT NULL,
            last_refresh TEXT,
            position INTEGER NOT NULL,
            PRIMARY KEY (instance_id, data_source_id));
        CREATE TABLE IF NOT EXISTS segments (
            instance_id TEXT NOT NULL REFERENCES instances(instance_id),
            name TEXT NOT NULL,
            friendly_name TEXT NOT NULL,
            state TEXT NOT NULL,
            entity_count INTEGER NOT NULL,
            evaluation_date TEXT,
            position INTEGER NOT NULL,
            PRIMARY KEY (instance_id, name));
        CREATE TABLE IF NOT EXISTS measures (
            instance_id TEXT NOT NULL REFERENCES instances(instance_id),
            name TEXT NOT NULL,
            display_name TEXT NOT NULL,
            is_scalar INTEGER NOT NULL,
            measure_values TEXT NOT NULL,
            evaluation_time TEXT,
            position INTEGER NOT NULL,
            PRIMARY KEY (instance_id, name));
        CREATE TABLE IF NOT EXISTS jobs (
            job_id TEXT PRIMARY KEY,
            instance_id TEXT NOT NULL REFERENCES instances(instance_id),
            kind TEXT NOT NULL,
            data_source_id TEXT,
            submission_kind TEXT NOT NULL,
            status TEXT NOT NULL,
            start_time TEXT NOT NULL,
            end_time TEXT NOT NULL,
            steps TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS reports (
            report_id TEXT PRIMARY KEY,
            instance_id TEXT NOT NULL REFERENCES instances(instance_id),
            report_type TEXT NOT NULL,
            generated_at TEXT NOT NULL,
            recipients TEXT NOT NULL,
            body TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS subscriptions (
            subscription_id TEXT PRIMARY KEY,
            instance_id TEXT NOT NULL REFERENCES instances(instance_id),
            trigger_name TEXT NOT NULL,
            callback_url TEXT NOT NULL,
            filters TEXT NOT NULL,
            created_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS events (
            event_id INTEGER PRIMARY KEY AUTOINCREMENT,
            instance_id TEXT NOT NULL,
            trigger_name TEXT NOT NULL,
            occurred_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS outbox (
            outbox_id INTEGER PRIMARY KEY AUTOINCREMENT,
            event_id INTEGER NOT NULL REFERENCES events(event_id),
            subscription_id TEXT NOT NULL,
            idempotency_key TEXT NOT NULL UNIQUE,
            callback_url TEXT NOT NULL,
            body TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending',
            completed_at TEXT,
            last_error TEXT);
        CREATE INDEX IF NOT EXISTS outbox_pending ON outbox (state, subscription_id, outbox_id);
        """;
}
