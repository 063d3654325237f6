using System.Text.Json.Nodes;
using ConnectorKit.Model;

namespace ConnectorKit.Expansion;

/// <summary>A polling trigger is its operation as written, marked with its kind, hint and trigger metadata.</summary>
internal sealed class PollingTriggerExpander(OperationExpander operations)
{
    public JsonObject Expand(TriggerModel trigger, PollingModel polling, string pointer) =>
        operations.Assemble(
            trigger,
            pointer,
            operations.ExpandParameters(trigger, pointer),
            operations.ExpandResponses(trigger.Responses, pointer),
            new TriggerMarks(polling.Kind, polling.Hint, polling.Metadata));
}
