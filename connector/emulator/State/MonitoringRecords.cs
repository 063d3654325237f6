using System.Text.Json.Nodes;

namespace CustomerInsights.Emulator.State;

/// <summary>A data source and the state of its last refresh.</summary>
public sealed record DataSourceRecord(string DataSourceId, string Name, string FriendlyName, string RefreshState, string? LastRefresh)
{
    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["dataSourceId"] = DataSourceId,
            ["name"] = Name,
            ["friendlyName"] = FriendlyName,
            ["refreshState"] = RefreshState,
        };
        if (LastRefresh is not null)
        {
            json["lastRefresh"] = LastRefresh;
        }

        return json;
    }
}

/// <summary>A segment and its last evaluation.</summary>
public sealed record SegmentRecord(string Name, string FriendlyName, string State, long EntityCount, string? EvaluationDate)
{
    public JsonObject ToJson()
    {
        var status = new JsonObject { ["entityCount"] = EntityCount };
        if (EvaluationDate is not null)
        {
            status["evaluationDate"] = EvaluationDate;
        }

        return new JsonObject
        {
            ["name"] = Name,
            ["friendlyName"] = FriendlyName,
            ["state"] = State,
            ["evaluationStatus"] = status,
        };
    }
}

/// <summary>A business measure and the values of its last evaluation (one for a scalar measure).</summary>
public sealed record MeasureRecord(string Name, string DisplayName, bool IsScalar, JsonArray Values, string? EvaluationTime)
{
    /// <summary>The value of a scalar measure; null for a measure with dimensions.</summary>
    public double? ScalarValue => IsScalar && Values.Count == 1 && Values[0]?["value"] is JsonValue value && value.TryGetValue<double>(out var number) ? number : null;

    public JsonObject ToJson() => new()
    {
        ["name"] = Name,
        ["displayName"] = DisplayName,
        ["definition"] = new JsonObject { ["isScalar"] = IsScalar },
        ["output"] = new JsonObject { ["values"] = Values.DeepClone() },
    };
}
