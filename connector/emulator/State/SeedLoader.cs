using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace CustomerInsights.Emulator.State;

/// <summary>
/// Fills an empty database from the seed files embedded from <c>connector/emulator/seed/</c>, once: a database that
/// was seeded before keeps what happened to it since.
/// </summary>
internal static class SeedLoader
{
    private const string ResourcePrefix = "CustomerInsights.Emulator.seed.";
    private const string SeededKey = "seeded";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>The seed files, in name order, as (file name, content).</summary>
    public static IReadOnlyList<(string Name, string Json)> EmbeddedFiles()
    {
        var assembly = typeof(SeedLoader).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => ("seed/" + name[ResourcePrefix.Length..], Read(assembly, name)))];
    }

    public static async Task SeedIfEmptyAsync(EmulatorDatabase database, IReadOnlyList<(string Name, string Json)> files, CancellationToken cancellationToken)
    {
        var seeds = files.Select(file => Parse(file.Name, file.Json)).ToList();
        await database.WriteAsync((connection, transaction) =>
        {
            var seeded = Sql.Query(connection, transaction, "SELECT value FROM meta WHERE key = $key", r => r.GetString(0), ("$key", SeededKey));
            if (seeded.Count > 0)
            {
                return false;
            }

            foreach (var seed in seeds)
            {
                Insert(connection, transaction, seed.Instance);
            }

            Sql.Execute(connection, transaction, "INSERT INTO meta (key, value) VALUES ($key, 'true')", ("$key", SeededKey));
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    private static SeedFile Parse(string name, string json)
    {
        try
        {
            return JsonSerializer.Deserialize<SeedFile>(json, Options)
                ?? throw new InvalidDataException($"{name}: the seed file holds null, not an object with an instance.");
        }
        catch (JsonException exception)
        {
            var where = exception.LineNumber is { } line ? $"({line + 1},{(exception.BytePositionInLine ?? 0) + 1})" : string.Empty;
            throw new InvalidDataException($"{name}{where}: the seed file is not valid at {exception.Path ?? "$"}: {exception.Message}", exception);
        }
    }

    private static void Insert(SqliteConnection connection, SqliteTransaction transaction, SeedInstance instance)
    {
        var id = instance.InstanceId.ToString();
        Sql.Execute(connection, transaction,
            "INSERT INTO instances (instance_id, name, instance_type, recipients) VALUES ($id, $name, $type, $recipients)",
            ("$id", id), ("$name", instance.Name), ("$type", instance.InstanceType),
            ("$recipients", JsonSerializer.Serialize(instance.NotificationRecipients)));
        for (var e = 0; e < instance.Entities.Count; e++)
        {
            InsertEntity(connection, transaction, id, instance.Entities[e], e);
        }

        for (var d = 0; d < instance.DataSources.Count; d++)
        {
            var source = instance.DataSources[d];
            Sql.Execute(connection, transaction,
                "INSERT INTO data_sources VALUES ($instance, $id, $name, $friendly, $state, $last, $position)",
                ("$instance", id), ("$id", source.DataSourceId.ToString()), ("$name", source.Name), ("$friendly", source.FriendlyName),
                ("$state", source.RefreshState), ("$last", Timestamps.Normalize(source.LastRefresh)), ("$position", d));
        }

        for (var s = 0; s < instance.Segments.Count; s++)
        {
            var segment = instance.Segments[s];
            Sql.Execute(connection, transaction,
                "INSERT INTO segments VALUES ($instance, $name, $friendly, $state, $count, $date, $position)",
                ("$instance", id), ("$name", segment.Name), ("$friendly", segment.FriendlyName), ("$state", segment.State),
                ("$count", segment.EntityCount), ("$date", Timestamps.Normalize(segment.EvaluationDate)), ("$position", s));
        }

        for (var m = 0; m < instance.Measures.Count; m++)
        {
            var measure = instance.Measures[m];
            Sql.Execute(connection, transaction,
                "INSERT INTO measures VALUES ($instance, $name, $display, $scalar, $values, $time, $position)",
                ("$instance", id), ("$name", measure.Name), ("$display", measure.DisplayName), ("$scalar", measure.IsScalar),
                ("$values", new JsonArray([.. measure.Values.Select(v => v.DeepClone())]).ToJsonString()),
                ("$time", Timestamps.Normalize(measure.EvaluationTime)), ("$position", m));
        }

        foreach (var job in instance.Jobs)
        {
            JobRecords.Insert(connection, transaction, new JobRecord(
                job.JobId, id, job.Kind, job.DataSourceId, job.SubmissionKind, job.Status,
                Timestamps.Normalize(job.StartTime)!, Timestamps.Normalize(job.EndTime)!, new JsonArray([.. job.Steps.Select(s => s.DeepClone())])));
        }
    }

    private static void InsertEntity(SqliteConnection connection, SqliteTransaction transaction, string instanceId, SeedEntity entity, int position)
    {
        if (entity.Attributes.All(a => a.Name != entity.Key))
        {
            throw new InvalidDataException($"The seed entity '{entity.QualifiedEntityName}' names the key '{entity.Key}', which is none of its attributes.");
        }

        Sql.Execute(connection, transaction,
            "INSERT INTO entities VALUES ($instance, $qualified, $name, $type, $key, $attributes, $position)",
            ("$instance", instanceId), ("$qualified", entity.QualifiedEntityName), ("$name", entity.Name), ("$type", entity.EntityType),
            ("$key", entity.Key), ("$attributes", JsonSerializer.Serialize(entity.Attributes, Options)), ("$position", position));
        for (var i = 0; i < entity.Items.Count; i++)
        {
            var item = entity.Items[i];
            var itemId = item[entity.Key]?.ToString()
                ?? throw new InvalidDataException($"Item {i} of the seed entity '{entity.QualifiedEntityName}' has no key '{entity.Key}'.");
            Sql.Execute(connection, transaction,
                "INSERT INTO items (instance_id, entity, item_id, body, position) VALUES ($instance, $entity, $id, $body, $position)",
                ("$instance", instanceId), ("$entity", entity.QualifiedEntityName), ("$id", itemId), ("$body", item.ToJsonString()), ("$position", i));
        }

        for (var p = 0; p < entity.Partitions.Count; p++)
        {
            var partition = entity.Partitions[p];
            Sql.Execute(connection, transaction,
                "INSERT INTO partitions VALUES ($instance, $entity, $name, $location, $refresh, $header, $format, $kind, $rows, $position)",
                ("$instance", instanceId), ("$entity", entity.QualifiedEntityName), ("$name", partition.Name), ("$location", partition.Location),
                ("$refresh", Timestamps.Normalize(partition.RefreshTime)), ("$header", partition.HasHeader), ("$format", partition.Format),
                ("$kind", partition.Kind), ("$rows", new JsonArray([.. partition.Rows.Select(r => r.DeepClone())]).ToJsonString()), ("$position", p));
        }
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
