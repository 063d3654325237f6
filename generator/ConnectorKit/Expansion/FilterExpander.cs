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
        enums.AddTo(node, filter.Enum, pointer);
        node.AddIfPresent("x-ms-summary", filter.Summary)
            .AddIfPresent("description", filter.Description)
            .AddIfPresent("x-ms-visibility", filter.Visibility);
        dynamicValues.AddPicker(node, filter.Picker, pointer);
        origins.AppendExtensions(node, filter.Extensions, pointer);
        return node;
    }

    /// <summary>The properties object of the subscribe body: the callback URL first, then the filters in order.</summary>
    public JsonObject ExpandProperties(WebhookModel webhook, IReadOnlyList<FilterModel> filters, string pointer)
    {
        var callbackPointer = JsonPointer.Append(pointer, webhook.CallbackProperty);
        origins.Record(callbackPointer, webhook.Position);
        var properties = new JsonObject
        {
            [webhook.CallbackProperty] = new JsonObject
            {
                ["type"] = "string",
                ["description"] = "The URL that receives the notifications; the service posts each event to it.",
                ["x-ms-notification-url"] = true,
                ["x-ms-visibility"] = "internal",
                ["x-ms-summary"] = "Callback URL",
            },
        };
        foreach (var filter in filters)
        {
            properties[filter.Name] = Expand(filter, JsonPointer.Append(pointer, filter.Name));
        }

        return properties;
    }
}
