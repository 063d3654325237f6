using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Loading;

/// <summary>Reads a parameter: a reusable one under <c>parameters:</c>, or one written inline in an operation.</summary>
internal static class ParameterReader
{
    internal static readonly string[] Keys =
    [
        "name", "in", "type", "format", "required", "summary", "description", "visibility", "default", "enum",
        "urlEncoding", "collectionFormat", "items", "schema", "picker", "dynamicSchema", "extensions",
        .. ParameterKeyword.All.Select(k => k.ModelKey),
    ];

    private static readonly string[] Locations = ["path", "query", "header", "body", "formData"];

    public static readonly IReadOnlyList<string> Visibilities = ["important", "advanced", "internal"];

    private static readonly string[] UrlEncodings = ["single", "double"];

    /// <summary>A reusable parameter: its key names it, and is its wire name unless <c>name</c> says otherwise.</summary>
    public static ParameterModel? ReadReusable(MappingEntry entry, LoadContext context) =>
        Read(entry.Value, entry.Key.Text, $"parameter '{entry.Key.Text}'", entry.Key.Position, context);

    /// <summary>An inline parameter of an operation: it must have a <c>name</c>, which is also its key.</summary>
    public static ParameterModel? ReadInline(SourceNode node, string operationId, LoadContext context) =>
        Read(node, null, $"an inline parameter of '{operationId}'", node.Position, context);

    private static ParameterModel? Read(SourceNode node, string? key, string what, SourcePosition origin, LoadContext context)
    {
        if (MappingReader.Open(node, what, Keys, context, origin: origin) is not { } map)
        {
            return null;
        }

        var name = map.String("name", required: key is null) ?? key;
        var location = map.Choice("in", Locations, required: true);
        var (type, format) = TypeReader.Read(map);
        var required = ReadRequired(map, location);
        var parameter = new ParameterModel
        {
            Key = key ?? name ?? string.Empty,
            Name = name ?? string.Empty,
            In = location ?? string.Empty,
            Type = type,
            Format = format,
            Required = required,
            Summary = map.String("summary"),
            Description = map.String("description"),
            Visibility = map.Choice("visibility", Visibilities),
            Default = map.Raw("default")?.Value,
            Keywords = [.. ParameterKeyword.All.Select(k => ReadKeyword(map, k)).OfType<KeywordValueModel>()],
            Enum = EnumReader.Read(map),
            UrlEncoding = map.Choice("urlEncoding", UrlEncodings),
            CollectionFormat = map.String("collectionFormat"),
            Items = map.RawMapping("items"),
            Schema = SchemaReader.Read(map, "schema"),
            Picker = PickerReader.ReadPicker(map),
            DynamicSchema = PickerReader.ReadDynamicSchema(map),
            Extensions = map.RawMapping("extensions"),
            Position = map.Origin,
        };
        return name is null || location is null ? null : parameter;
    }

    private static KeywordValueModel? ReadKeyword(MappingReader map, ParameterKeyword keyword)
    {
        if (map.Node(keyword.ModelKey) is not { } node)
        {
            return null;
        }

        var value = RawJsonConverter.ToRawJson(node);
        if (keyword.Accepts(value.Value))
        {
            return new KeywordValueModel(keyword, value);
        }

        map.Context.Report(DiagnosticCodes.WrongType, node.Position,
            $"'{keyword.ModelKey}' in {map.What} must be {keyword.Expected}, not {node.Describe()}.");
        return null;
    }

    /// <summary>
    /// Path parameters are always required (the URL cannot be built without them); other parameters default to false,
    /// a body to no key at all (a body is optional unless marked). An explicit null leaves the key out.
    /// </summary>
    private static bool? ReadRequired(MappingReader map, string? location) =>
        map.IsExplicitNull("required") || (location == "body" && !map.Has("required"))
            ? null
            : (map.Bool("required") ?? false) || location == "path";
}
