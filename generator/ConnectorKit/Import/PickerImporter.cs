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

    private static readonly string[] ListKeys = ["operationId", "parameters", "itemsPath", "itemValuePath", "itemTitlePath"];
    private static readonly string[] PropertiesKeys = ["operationId", "parameters", "itemValuePath"];

    public static void TakePicker(JsonObject original, JsonObject yaml, HashSet<string> taken, bool asList)
    {
        if (Start(original[DynamicValues], PickerKeys) is { } values)
        {
            yaml["picker"] = Picker(values, "value-path", "value-title", "value-collection", values.Child("parameters"));
            taken.Add(DynamicValues);
            if (asList && original.ContainsKey(DynamicList))
            {
                yaml["picker"]!["list"] = true;
                taken.Add(DynamicList);
            }
        }
        else if (asList && Start(original[DynamicList], ListKeys) is { } list)
        {
            // A connector that writes only the newer form: the model says it in the older form's words.
            yaml["picker"] = Picker(list, "itemValuePath", "itemTitlePath", "itemsPath", FromParameterReferences(list.Child("parameters")));
            yaml["picker"]!["list"] = "only";
            taken.Add(DynamicList);
        }
    }

    public static void TakeDynamicSchema(JsonObject original, JsonObject yaml, HashSet<string> taken, bool asProperties)
    {
        if (Start(original[DynamicSchema], SchemaKeys) is { } schema)
        {
            yaml["dynamicSchema"] = DynamicSchemaOf(schema, "value-path", schema.Child("parameters"));
            taken.Add(DynamicSchema);
            if (asProperties && original.ContainsKey(DynamicProperties))
            {
                yaml["dynamicSchema"]!["properties"] = true;
                taken.Add(DynamicProperties);
            }
        }
        else if (asProperties && Start(original[DynamicProperties], PropertiesKeys) is { } properties)
        {
            yaml["dynamicSchema"] = DynamicSchemaOf(properties, "itemValuePath", FromParameterReferences(properties.Child("parameters")));
            yaml["dynamicSchema"]!["properties"] = "only";
            taken.Add(DynamicProperties);
        }
    }

    private static JsonObject Picker(JsonObject extension, string value, string title, string collection, JsonNode? inputs) =>
        new JsonObject { ["operation"] = extension.Child("operationId")!.DeepClone() }
            .Put("value", extension.Child(value))
            .Put("title", extension.Child(title))
            .Put("collection", extension.Child(collection))
            .Put("parameters", Inputs(inputs));

    private static JsonObject DynamicSchemaOf(JsonObject extension, string valuePath, JsonNode? inputs) =>
        new JsonObject { ["operation"] = extension.Child("operationId")!.DeepClone() }
            .Put("parameters", Inputs(inputs))
            .Put("valuePath", extension.Child(valuePath));

    /// <summary>The newer form's inputs in the older form's words: <c>parameterReference</c> becomes <c>parameter</c>.</summary>
    private static JsonNode? FromParameterReferences(JsonNode? inputs) => inputs is JsonObject obj
        ? new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, p.Value is JsonObject fields
            ? new JsonObject(fields.Select(f => KeyValuePair.Create(f.Key == "parameterReference" ? "parameter" : f.Key, f.Value?.DeepClone())))
            : p.Value?.DeepClone())))
        : inputs;

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
