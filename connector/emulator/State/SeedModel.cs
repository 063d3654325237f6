using System.Text.Json.Nodes;

namespace CustomerInsights.Emulator.State;

/// <summary>One seed file of <c>connector/emulator/seed/</c>: an instance and everything in it.</summary>
internal sealed record SeedFile(SeedInstance Instance);

internal sealed record SeedInstance(
    Guid InstanceId,
    string Name,
    string InstanceType,
    IReadOnlyList<string> NotificationRecipients,
    IReadOnlyList<SeedEntity> Entities,
    IReadOnlyList<SeedDataSource> DataSources,
    IReadOnlyList<SeedSegment> Segments,
    IReadOnlyList<SeedMeasure> Measures,
    IReadOnlyList<SeedJob> Jobs);

/// <summary>An entity: <see cref="Key"/> names the attribute whose value is an item's ID.</summary>
internal sealed record SeedEntity(
    string Name,
    string QualifiedEntityName,
    string EntityType,
    string Key,
    IReadOnlyList<EntityAttribute> Attributes,
    IReadOnlyList<JsonObject> Items,
    IReadOnlyList<SeedPartition> Partitions);

internal sealed record SeedPartition(
    string Name,
    string Location,
    string RefreshTime,
    bool HasHeader,
    string Format,
    string Kind,
    IReadOnlyList<JsonObject> Rows);

internal sealed record SeedDataSource(Guid DataSourceId, string Name, string FriendlyName, string RefreshState, string? LastRefresh = null);

internal sealed record SeedSegment(string Name, string FriendlyName, string State, long EntityCount, string? EvaluationDate = null);

internal sealed record SeedMeasure(string Name, string DisplayName, bool IsScalar, IReadOnlyList<JsonObject> Values, string? EvaluationTime = null);

internal sealed record SeedJob(
    Guid JobId,
    string Kind,
    string SubmissionKind,
    string Status,
    string StartTime,
    string EndTime,
    IReadOnlyList<JsonObject> Steps,
    Guid? DataSourceId = null);
