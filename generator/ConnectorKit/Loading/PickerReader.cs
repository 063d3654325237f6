using ConnectorKit.Model;

namespace ConnectorKit.Loading;

/// <summary>Reads <c>picker:</c> (x-ms-dynamic-values) and <c>dynamicSchema:</c> (x-ms-dynamic-schema).</summary>
internal static class PickerReader
{
    private static readonly string[] PickerKeys = ["operation", "value", "title", "collection", "parameters", "list"];
    private static readonly string[] DynamicSchemaKeys = ["operation", "parameters", "valuePath", "properties"];

    public static DynamicValuesModel? ReadPicker(MappingReader owner)
    {
        if (owner.Mapping("picker", $"the picker of {owner.What}", PickerKeys) is not { } map)
        {
            return null;
        }

        var operation = map.Reference("operation", required: true);
        var picker = new DynamicValuesModel
        {
            Operation = operation ?? new ModelReference(string.Empty, map.Position),
            ValuePath = map.String("value"),
            TitlePath = map.String("title"),
            Collection = map.String("collection"),
            Parameters = map.RawMapping("parameters"),
            AsList = map.Bool("list") ?? false,
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
        var dynamicSchema = new DynamicSchemaModel
        {
            Operation = operation ?? new ModelReference(string.Empty, map.Position),
            Parameters = map.RawMapping("parameters"),
            ValuePath = map.String("valuePath"),
            AsProperties = map.Bool("properties") ?? false,
            Position = map.Origin,
        };
        return operation is null ? null : dynamicSchema;
    }
}
