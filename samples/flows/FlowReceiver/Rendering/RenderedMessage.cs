using System.Text.Json.Nodes;

namespace CustomerInsights.FlowReceiver.Rendering;

/// <summary>What the flow's next step would send: its kind, its evaluated inputs and a plain-text preview.</summary>
public sealed record RenderedMessage(string Flow, string Action, string Kind, JsonObject Inputs, string Preview)
{
    public JsonObject ToJson() => new()
    {
        ["flow"] = Flow,
        ["action"] = Action,
        ["kind"] = Kind,
        ["inputs"] = Inputs.DeepClone(),
        ["preview"] = Preview,
    };
}
