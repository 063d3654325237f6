using System.Text.Json;
using System.Text.Json.Nodes;

namespace CustomerInsights.Emulator.State;

/// <summary>An instance as the InstanceInfo schema shows it, with the recipients its status reports go to.</summary>
public sealed record InstanceRecord(string InstanceId, string Name, string InstanceType, IReadOnlyList<string> Recipients)
{
    public JsonObject ToJson() => new()
    {
        ["instanceId"] = InstanceId,
        ["name"] = Name,
        ["instanceType"] = InstanceType,
    };
}

/// <summary>An entity and the attribute whose value identifies its items.</summary>
public sealed record EntityRecord(string QualifiedName, string Name, string EntityType, string KeyAttribute, IReadOnlyList<EntityAttribute> Attributes)
{
    public JsonObject ToJson() => new()
    {
        ["name"] = Name,
        ["qualifiedEntityName"] = QualifiedName,
        ["entityType"] = EntityType,
        ["attributes"] = new JsonArray([.. Attributes.Select(a => (JsonNode)new JsonObject { ["name"] = a.Name, ["dataType"] = a.DataType })]),
    };

    public static IReadOnlyList<EntityAttribute> ParseAttributes(string json) =>
        JsonSerializer.Deserialize<List<EntityAttribute>>(json, JsonSerializerOptions.Web) ?? [];
}

/// <summary>A data partition of an entity and its rows.</summary>
public sealed record PartitionRecord(string Name, string Location, string RefreshTime, bool HasHeader, string Format, string Kind, JsonArray Rows)
{
    /// <summary>The first revision's shape (Partition): no format, kind or row count.</summary>
    public JsonObject ToJsonV1() => new()
    {
        ["name"] = Name,
        ["location"] = Location,
        ["refreshTime"] = RefreshTime,
        ["hasHeader"] = HasHeader,
    };

    public JsonObject ToJsonV2()
    {
        var json = ToJsonV1();
        json["format"] = Format;
        json["kind"] = Kind;
        json["rowCount"] = Rows.Count;
        return json;
    }
}
