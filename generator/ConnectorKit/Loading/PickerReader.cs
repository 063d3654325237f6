using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Loading;

/// <summary>Reads <c>picker:</c> (x-ms-dynamic-values) and <c>dynamicSchema:</c> (x-ms-dynamic-schema).</summary>
internal static class PickerReader
{
    internal static readonly string[] PickerKeys =
        ["operation", "value", "title", "collection", "parameters", "list", "referencePrefix", "references"];
    internal static readonly string[] DynamicSchemaKeys =
        ["operation", "parameters", "valuePath", "properties", "referencePrefix", "references", "propertiesValuePath"];

    private static readonly string[] AlsoNewerWords = ["true", "false", "only"];

    public static DynamicValuesModel? ReadPicker(MappingReader owner)
    {
        if (owner.Mapping("picker", $"the picker of {owner.What}", PickerKeys) is not { } map)
        {
            return null;
        }

        var operation = map.Reference("operation", required: true);
        var inputs = ReadInputs(map);
        var picker = new DynamicValuesModel
        {
            Operation = operation ?? new ModelReference(string.Empty, map.Position),
            ValuePath = map.String("value"),
            TitlePath = map.String("title"),
            Collection = map.String("collection"),
            Parameters = inputs,
            List = ReadAlsoNewer(map, "list"),
            ReferencePrefix = map.String("referencePrefix"),
            References = ReadReferences(map, inputs),
            Position = map.Origin,
        };
        return operation is null ? null : picker;
    }

    public static DynamicSchemaModel? ReadDynamicSchema(MappingReader owner)
    {
        if (owner.Mapping("dynamicSchema", $"the dynamic schema of {owner.What}", DynamicSchemaKeys) is not { } map)
        {
            return null;
        }

        var operation = map.Reference("operation", required: true);
        var inputs = ReadInputs(map);
        var dynamicSchema = new DynamicSchemaModel
        {
            Operation = operation ?? new ModelReference(string.Empty, map.Position),
            Parameters = inputs,
            ValuePath = map.String("valuePath"),
            Properties = ReadAlsoNewer(map, "properties"),
            ReferencePrefix = map.String("referencePrefix"),
            References = ReadReferences(map, inputs),
            PropertiesValuePath = map.Bool("propertiesValuePath") ?? true,
            Position = map.Origin,
        };
        return operation is null ? null : dynamicSchema;
    }

    /// <summary><c>true</c>, <c>false</c> or <c>only</c>: whether the newer form of the extension is written too, or alone.</summary>
    private static AlsoNewer ReadAlsoNewer(MappingReader map, string key) => map.Choice(key, AlsoNewerWords) switch
    {
        "true" => AlsoNewer.Yes,
        "only" => AlsoNewer.Only,
        _ => AlsoNewer.No,
    };

    /// <summary>
    /// <c>references:</c> input name to the newer form's <c>parameterReference</c>; each name must be an input of
    /// <c>parameters</c> that takes a parameter (CK1005 at the name otherwise), each value a text.
    /// </summary>
    private static Dictionary<string, string> ReadReferences(MappingReader map, RawJson? inputs)
    {
        var references = new Dictionary<string, string>(StringComparer.Ordinal);
        var entries = map.MappingNode("references") is { } node
            ? MappingReader.EntriesOf(node, $"the references of {map.What}", map.Context)
            : [];
        foreach (var entry in entries)
        {
            if (inputs?.Value.Child(entry.Key.Text).Child("parameter") is null)
            {
                map.Context.Report(DiagnosticCodes.InvalidValue, entry.Key.Position,
                    $"'{entry.Key.Text}' in the references of {map.What} is not an input of its 'parameters' that takes a parameter.");
            }
            else if (entry.Value is ScalarNode { IsNull: false } reference)
            {
                references[entry.Key.Text] = reference.Text;
            }
            else
            {
                map.Context.Report(DiagnosticCodes.WrongType, entry.Value.Position,
                    $"The reference of '{entry.Key.Text}' in {map.What} must be a text, not {entry.Value.Describe()}.");
            }
        }

        return references;
    }

    /// <summary>
    /// The inputs of the called operation: a mapping written through, or a list of names, each the input of that name
    /// taken from the operation's parameter of the same name (<c>[dataset]</c> is <c>{ dataset: { parameter: dataset } }</c>).
    /// </summary>
    private static RawJson? ReadInputs(MappingReader map)
    {
        if (map.Node("parameters") is not SequenceNode names)
        {
            return map.RawMapping("parameters");
        }

        var inputs = new JsonObject();
        var positions = new Dictionary<string, SourcePosition>(StringComparer.Ordinal) { [JsonPointer.Root] = names.Position };
        foreach (var item in names.Items)
        {
            if (item is not ScalarNode { IsNull: false } name)
            {
                map.Context.Report(DiagnosticCodes.WrongType, item.Position,
                    $"An input of {map.What} must be a parameter name, not {item.Describe()}; write a mapping for other inputs.");
                continue;
            }

            var pointer = JsonPointer.Append(JsonPointer.Root, name.Text);
            positions[pointer] = name.Position;
            positions[JsonPointer.Append(pointer, "parameter")] = name.Position;
            inputs[name.Text] = new JsonObject { ["parameter"] = name.Text };
        }

        return new RawJson(inputs, positions, names.Position);
    }
}
