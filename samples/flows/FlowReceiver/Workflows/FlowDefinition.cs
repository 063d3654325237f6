using System.Text.Json.Nodes;

namespace CustomerInsights.FlowReceiver.Workflows;

/// <summary>
/// An example flow as a solution export holds it (properties.definition in the workflow definition language): its
/// parameters, its one trigger (a connector operation by operationId) and the action that runs first after it.
/// </summary>
public sealed record FlowDefinition(string Name, JsonObject Parameters, string TriggerName, string TriggerOperationId, string ActionName, JsonObject Action)
{
    private const string ResourcePrefix = "CustomerInsights.FlowReceiver.flows.";

    public string ActionOperationId => Action["inputs"]?["host"]?["operationId"]?.GetValue<string>() ?? string.Empty;

    /// <summary>The flows of samples/flows, embedded at build time, by name (the file name without .json).</summary>
    public static IReadOnlyDictionary<string, FlowDefinition> Embedded()
    {
        var assembly = typeof(FlowDefinition).Assembly;
        var flows = new SortedDictionary<string, FlowDefinition>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            var name = Path.GetFileNameWithoutExtension(resource[ResourcePrefix.Length..]);
            flows[name] = Parse(name, JsonNode.Parse(stream));
        }

        return flows;
    }

    public static FlowDefinition Parse(string name, JsonNode? export)
    {
        var definition = export?["properties"]?["definition"] as JsonObject
            ?? throw new FormatException($"{name}: no properties.definition: not a flow as a solution export holds it.");
        var (triggerName, trigger) = Single(definition["triggers"] as JsonObject, name, "trigger");
        var actions = definition["actions"] as JsonObject ?? throw new FormatException($"{name}: the flow has no actions.");
        var first = actions.FirstOrDefault(a => a.Value?["runAfter"] is JsonObject { Count: 0 });
        if (first.Value is not JsonObject action)
        {
            throw new FormatException($"{name}: no action runs right after the trigger (an empty runAfter).");
        }

        var operationId = trigger["inputs"]?["host"]?["operationId"]?.GetValue<string>()
            ?? throw new FormatException($"{name}: the trigger {triggerName} names no operationId.");
        return new FlowDefinition(name, definition["parameters"] as JsonObject ?? [], triggerName, operationId, first.Key, action);
    }

    private static (string Name, JsonObject Node) Single(JsonObject? members, string flow, string what) =>
        members is { Count: 1 } && members.First() is { Value: JsonObject node } only
            ? (only.Key, node)
            : throw new FormatException($"{flow}: the flow must have exactly one {what}.");
}
