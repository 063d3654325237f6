using System.Text.Json.Nodes;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Expansion;

/// <summary>Builds the schema property of one webhook filter (a property of the subscribe body).</summary>
internal sealed class FilterExpander(OriginRecorder origins, EnumExpander enums, DynamicValuesExpander dynamicValues)
{
    public JsonObject Expand(FilterModel filter, string pointer)
    {
        origins.Record(pointer, filter.Position);
        var node = new JsonObject { ["type"] = filter.Type }
            .AddIfPresent("format", filter.Format)
            .AddIfPresent("default", filter.Default?.DeepClone());
        enums.AddTo(node, filter.Enum, filter.EnumValues, pointer);
        node.AddIfPresent("x-ms-summary", filter.Summary)
            .AddIfPresent("description", filter.Description)
            .AddIfPresent("x-ms-visibility", filter.Visibility);
        dynamicValues.AddPicker(node, filter.Picker, pointer);
        origins.AppendExtensions(node, filter.Schema, pointer);
        return node;
    }

    /// <summary>The properties object of the subscribe body: the callback URL first, then the filters in order.</summary>
    public JsonObject ExpandProperties(WebhookModel webhook, IReadOnlyList<FilterModel> filters, string pointer)
    {
        var callbackPointer = JsonPointer.Append(pointer, webhook.CallbackProperty);
        var labels = webhook.Labels;
        origins.Record(callbackPointer, labels.CallbackPosition.IsKnown ? labels.CallbackPosition : webhook.Position);
        var callback = new JsonObject { ["type"] = "string" }
            .AddIfPresent("description", labels.CallbackDescription);
        callback["x-ms-notification-url"] = true;
        callback.AddIfPresent("x-ms-visibility", labels.CallbackVisibility)
            .AddIfPresent("x-ms-summary", labels.CallbackSummary);
        origins.AppendExtensions(callback, labels.CallbackSchemaKeys, callbackPointer);
        var properties = new JsonObject { [webhook.CallbackProperty] = callback };
        foreach (var filter in filters)
        {
            properties[filter.Name] = Expand(filter, JsonPointer.Append(pointer, filter.Name));
        }

        return properties;
    }
}
