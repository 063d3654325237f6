using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Loading;

/// <summary>Reads a parameter: a reusable one under <c>parameters:</c>, or one written inline in an operation.</summary>
internal static class ParameterReader
{
    internal static readonly string[] Keys =
    [
        "name", "in", "type", "format", "required", "summary", "description", "visibility", "default", "enum",
        EnumReader.EnumValuesKey, "urlEncoding", "collectionFormat", "items", "schema", "picker", "dynamicSchema", "extensions",
        .. ParameterKeyword.All.Select(k => k.ModelKey),
    ];

    public static readonly IReadOnlyList<string> Visibilities = ["important", "advanced", "internal"];

    internal static readonly IReadOnlyList<string> UrlEncodings = ["single", "double"];

    /// <summary>A reusable parameter: its key names it, and is its wire name unless <c>name</c> says otherwise.</summary>
    public static ParameterModel? ReadReusable(MappingEntry entry, LoadContext context) =>
        Read(entry.Value, entry.Key.Text, $"parameter '{entry.Key.Text}'", entry.Key.Position, context);

    /// <summary>An inline parameter of an operation: it must have a <c>name</c>, which is also its key.</summary>
    public static ParameterModel? ReadInline(SourceNode node, string operationId, LoadContext context) =>
        Read(node, null, $"an inline parameter of '{operationId}'", node.Position, context);

    /// <summary>The keys an inline or reusable parameter in the one-line form may have beside its line.</summary>
    internal static readonly string[] LineKeys =
        [.. Keys.Except(["name", "in", "type", "format", "summary", "description", "visibility"], StringComparer.Ordinal)];

    private static ParameterModel? Read(SourceNode node, string? key, string what, SourcePosition origin, LoadContext context)
    {
        if (ParameterLine.Find(node, key) is var (lineName, lineNode, rest))
        {
            return ReadLine(lineName, lineNode, rest, key, what, origin, context);
        }

        if (MappingReader.Open(node, what, Keys, context, origin: origin) is not { } map)
        {
            return null;
        }

        var name = map.String("name", required: key is null) ?? key;
        var location = map.Choice("in", ParameterLine.Locations, required: true);
        var (type, format) = TypeReader.Read(map);
        var parameter = Build(map, key ?? name, name, location, (type, format), Required(map, location)) with
        {
            Summary = map.String("summary"),
            Description = map.String("description"),
            Visibility = map.Choice("visibility", Visibilities),
        };
        return name is null || location is null ? null : parameter;
    }

    /// <summary>A parameter in the one-line form: the line says what the first keys would, the other keys follow it.</summary>
    private static ParameterModel? ReadLine(string name, ScalarNode lineNode, MappingNode rest, string? key, string what, SourcePosition origin, LoadContext context)
    {
        var line = ParameterLine.Parse(lineNode, what, context);
        if (MappingReader.Open(rest, what, LineKeys, context, origin: origin) is not { } map || line is null)
        {
            return null;
        }

        if (line.Required && map.Has("required"))
        {
            context.Report(DiagnosticCodes.InvalidValue, map.KeyPosition("required"),
                $"{MappingReader.Capitalized(what)} says '{ParameterLine.RequiredWord}' in its line already; keep one of them.");
        }

        return Build(map, key ?? name, name, line.Location, (line.Type, line.Format), line.Required ? true : Required(map, line.Location)) with
        {
            Summary = line.Summary,
            Description = line.Description,
            Visibility = line.Visibility,
        };
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
    /// a body to no key at all (a body is optional unless marked). An explicit null leaves the key out, and so does
    /// saying nothing in a model with <c>markOptional: false</c>.
    /// </summary>
    private static bool? Required(MappingReader map, string? location) =>
        map.IsExplicitNull("required") ? null
        : map.Bool("required") is { } given ? given || location == "path"
        : location == "path" ? true
        : location == "body" ? null
        : map.Context.MarkOptional ? false : null;

    private static ParameterModel Build(MappingReader map, string? key, string? name, string? location, (string? Type, string? Format) type, bool? required) => new()
    {
        Key = key ?? string.Empty,
        Name = name ?? string.Empty,
        In = location ?? string.Empty,
        Type = type.Type,
        Format = type.Format,
        Required = required,
        Default = map.RawOrNull("default"),
        Keywords = [.. ParameterKeyword.All.Select(k => ReadKeyword(map, k)).OfType<KeywordValueModel>()],
        Enum = EnumReader.Read(map),
        EnumValues = EnumReader.ReadEntries(map),
        UrlEncoding = map.Choice("urlEncoding", UrlEncodings),
        CollectionFormat = map.String("collectionFormat"),
        Items = map.RawMapping("items"),
        Schema = SchemaReader.Read(map, "schema"),
        Picker = PickerReader.ReadPicker(map),
        DynamicSchema = PickerReader.ReadDynamicSchema(map),
        Extensions = map.RawMapping("extensions"),
        Position = map.Origin,
    };
}
