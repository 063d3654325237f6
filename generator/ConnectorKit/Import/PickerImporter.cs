using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Import;

/// <summary>Imports <c>x-ms-dynamic-values</c> (with <c>x-ms-dynamic-list</c>) as a picker and <c>x-ms-dynamic-schema</c> as a dynamic schema.</summary>
internal static class PickerImporter
{
    private const string DynamicValues = "x-ms-dynamic-values";
    private const string DynamicList = "x-ms-dynamic-list";
    private const string DynamicSchema = "x-ms-dynamic-schema";
    private const string DynamicProperties = "x-ms-dynamic-properties";

    private static readonly string[] PickerKeys = ["operationId", "parameters", "value-collection", "value-path", "value-title"];
    private static readonly string[] SchemaKeys = ["operationId", "parameters", "value-path"];

    public static void TakePicker(JsonObject original, JsonObject yaml, HashSet<string> taken, bool asList)
    {
        if (Start(original[DynamicValues], PickerKeys) is not { } values)
        {
            return;
        }

        var picker = new JsonObject { ["operation"] = values.Child("operationId")!.DeepClone() }
            .Put("value", values.Child("value-path"))
            .Put("title", values.Child("value-title"))
            .Put("collection", values.Child("value-collection"))
            .Put("parameters", Inputs(values.Child("parameters")));
        taken.Add(DynamicValues);
        if (asList && original.ContainsKey(DynamicList))
        {
            picker["list"] = true;
            taken.Add(DynamicList);
        }

        yaml["picker"] = picker;
    }

    public static void TakeDynamicSchema(JsonObject original, JsonObject yaml, HashSet<string> taken, bool asProperties)
    {
        if (Start(original[DynamicSchema], SchemaKeys) is not { } schema)
        {
            return;
        }

        var dynamicSchema = new JsonObject { ["operation"] = schema.Child("operationId")!.DeepClone() }
            .Put("parameters", Inputs(schema.Child("parameters")))
            .Put("valuePath", schema.Child("value-path"));
        taken.Add(DynamicSchema);
        if (asProperties && original.ContainsKey(DynamicProperties))
        {
            dynamicSchema["properties"] = true;
            taken.Add(DynamicProperties);
        }

        yaml["dynamicSchema"] = dynamicSchema;
    }

    /// <summary>Inputs that each take the operation's parameter of their own name are written as a list of the names.</summary>
    private static JsonNode? Inputs(JsonNode? inputs) =>
        inputs is JsonObject { Count: > 0 } obj && obj.All(p => p.Value is JsonObject { Count: 1 } input && input.Child("parameter").Text() == p.Key)
            ? YamlShapes.Strings(obj.Select(p => p.Key))
            : inputs;

    /// <summary>The extension's object when it has an operation id and only keys the model has, with texts where texts belong.</summary>
    private static JsonObject? Start(JsonNode? node, string[] allowedKeys) =>
        node is JsonObject obj
        && obj.Child("operationId").Text() is not null
        && obj.All(p => allowedKeys.Contains(p.Key) && (p.Key == "parameters" ? p.Value is JsonObject : p.Value.Text() is not null))
            ? obj
            : null;
}
