using System.Text.Json.Nodes;
using ConnectorKit.Json;
using ConnectorKit.Loading;

namespace ConnectorKit.Import;

/// <summary>Imports an operation marked <c>x-ms-trigger</c> that is not a webhook as a polling trigger.</summary>
internal sealed class PollingTriggerImporter(FragmentProbe probe, OperationImporter operations)
{
    public JsonObject? Import(string id, string path, string method, JsonObject operation)
    {
        var kind = operation.Child("x-ms-trigger").Text();
        if (kind is not ("batch" or "single"))
        {
            return null;
        }

        var yaml = new JsonObject();
        var taken = new HashSet<string>(StringComparer.Ordinal) { "operationId", "x-ms-trigger" };
        operations.TakeCommon(operation, yaml, taken);
        var polling = new JsonObject();
        if (method != "get")
        {
            polling["method"] = method;
        }

        polling["path"] = path;
        if (kind != "batch")
        {
            polling["kind"] = kind;
        }

        if (operation.Child("x-ms-trigger-hint").Text() is { } hint)
        {
            polling["hint"] = hint;
            taken.Add("x-ms-trigger-hint");
        }

        if (operation.Child("x-ms-trigger-metadata") is JsonObject metadata)
        {
            polling["metadata"] = metadata.DeepClone();
            taken.Add("x-ms-trigger-metadata");
        }

        yaml["polling"] = polling;
        yaml.PutIfAny("extensions", YamlShapes.Rest(operation, taken));
        return Reproduces(id, yaml, operation) ? yaml : null;
    }

    private bool Reproduces(string id, JsonObject yaml, JsonObject original) => FragmentProbe.Reproduces(
        context => TriggerReader.Read(SourceNodeConverter.Entry(id, yaml), context),
        model => probe.PollingTriggers.Expand(model, model.Polling!, string.Empty),
        original);
}
