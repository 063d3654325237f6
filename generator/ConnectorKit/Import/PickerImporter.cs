using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Import;

/// <summary>
/// Imports <c>x-ms-dynamic-values</c> (with <c>x-ms-dynamic-list</c>) as a picker and <c>x-ms-dynamic-schema</c> (with
/// <c>x-ms-dynamic-properties</c>) as a dynamic schema. The newer twin is taken only when the model writes it back the
/// same from the older one (with a reference prefix, when it names the inputs so); otherwise it stays for the caller.
/// </summary>
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
            var picker = Picker(values, "value-path", "value-title", "value-collection", values.Child("parameters"));
            taken.Add(DynamicValues);
            if (asList && original[DynamicList] is { } list)
            {
                var naming = TwinNaming.Of(values.Child("parameters"), list.Child("parameters"));
                var model = new DynamicValuesModel
                {
                    Operation = new ModelReference(values.Child("operationId")!.Text()!, SourcePosition.None),
                    ValuePath = values.Child("value-path").Text(),
                    TitlePath = values.Child("value-title").Text(),
                    Collection = values.Child("value-collection").Text(),
                    Parameters = Raw(values.Child("parameters")),
                    List = AlsoNewer.Yes,
                    ReferencePrefix = naming.Prefix,
                    References = naming.References,
                    Position = SourcePosition.None,
                };
                if (JsonComparison.AreEqual(list, DynamicValuesExpander.Picker(model).Last().Value))
                {
                    picker["list"] = true;
                    naming.WriteTo(picker);
                    taken.Add(DynamicList);
                }
            }

            yaml["picker"] = picker;
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
            var dynamicSchema = DynamicSchemaOf(schema, "value-path", schema.Child("parameters"));
            taken.Add(DynamicSchema);
            if (asProperties && original[DynamicProperties] is { } properties)
            {
                var naming = TwinNaming.Of(schema.Child("parameters"), properties.Child("parameters"));
                var model = new DynamicSchemaModel
                {
                    Operation = new ModelReference(schema.Child("operationId")!.Text()!, SourcePosition.None),
                    Parameters = Raw(schema.Child("parameters")),
                    ValuePath = schema.Child("value-path").Text(),
                    Properties = AlsoNewer.Yes,
                    ReferencePrefix = naming.Prefix,
                    References = naming.References,
                    // Some connectors leave the value path out of the newer form only.
                    PropertiesValuePath = properties.Child("itemValuePath") is not null,
                    Position = SourcePosition.None,
                };
                if (JsonComparison.AreEqual(properties, DynamicValuesExpander.DynamicSchema(model).Last().Value))
                {
                    dynamicSchema["properties"] = true;
                    naming.WriteTo(dynamicSchema);
                    if (!model.PropertiesValuePath && model.ValuePath is not null)
                    {
                        dynamicSchema["propertiesValuePath"] = false;
                    }

                    taken.Add(DynamicProperties);
                }
            }

            yaml["dynamicSchema"] = dynamicSchema;
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

    private static RawJson? Raw(JsonNode? node) =>
        node is null ? null : new RawJson(node.DeepClone(), new Dictionary<string, SourcePosition>(StringComparer.Ordinal), SourcePosition.None);

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
