using System.Text.Json.Nodes;
using ConnectorKit.Json;
using ConnectorKit.Loading;

namespace ConnectorKit.Import;

/// <summary>
/// Imports an operation marked <c>x-ms-trigger</c> that is not a webhook as a polling trigger, with the notification
/// content of its path (<paramref name="content"/> of <see cref="Import"/>) as its payload when it gives it back.
/// </summary>
internal sealed class PollingTriggerImporter(FragmentProbe probe, OperationImporter operations)
{
    public JsonObject? Import(string id, string path, string method, JsonObject operation, JsonObject? content)
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
        if (!Reproduces(id, yaml, operation))
        {
            return null;
        }

        if (content is not null && WebhookShape.Payload(content, yaml, polling)
            && !ReproducesNotification(id, yaml, content))
        {
            yaml.Remove("payload");
            OperationImporter.RemoveNotification(polling);
        }

        return yaml;
    }

    private bool ReproducesNotification(string id, JsonObject yaml, JsonObject content) =>
        FragmentProbe.Read(context => TriggerReader.Read(SourceNodeConverter.Entry(id, yaml), context))
            is { Polling: { } polling } trigger
        && JsonComparison.AreEqual(
            content, probe.Webhooks.ExpandNotificationContent(trigger, polling.Notification, string.Empty));

    private bool Reproduces(string id, JsonObject yaml, JsonObject original) => FragmentProbe.Reproduces(
        context => TriggerReader.Read(SourceNodeConverter.Entry(id, yaml), context),
        model => probe.PollingTriggers.Expand(model, model.Polling!, string.Empty),
        original);
}
