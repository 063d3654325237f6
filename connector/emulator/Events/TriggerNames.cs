namespace CustomerInsights.Emulator.Events;

/// <summary>The events a subscription can be for: the last segment of each trigger's path (/triggers/{name}).</summary>
public static class TriggerNames
{
    public const string DataSourceRefreshFailed = "dataSourceRefreshFailed";
    public const string DataSourceRefreshSucceeded = "dataSourceRefreshSucceeded";
    public const string SegmentThresholdCrossed = "segmentThresholdCrossed";
    public const string MeasureThresholdCrossed = "measureThresholdCrossed";
    public const string FullRefreshCompleted = "fullRefreshCompleted";
    public const string UnificationRefreshCompleted = "unificationRefreshCompleted";

    public static readonly IReadOnlyList<string> All =
    [
        DataSourceRefreshFailed,
        DataSourceRefreshSucceeded,
        SegmentThresholdCrossed,
        MeasureThresholdCrossed,
        FullRefreshCompleted,
        UnificationRefreshCompleted,
    ];
}
