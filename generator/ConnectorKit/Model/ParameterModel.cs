using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;

namespace ConnectorKit.Model;

/// <summary>
/// A parameter of an operation (or a reusable one): where it goes, its type, how the designer shows it, and how its
/// values are picked. Body parameters carry a <see cref="Schema"/>; the others a type.
/// </summary>
public sealed record ParameterModel
{
    /// <summary>The key the model refers to it by (reusable parameters); for inline parameters, the wire name.</summary>
    public required string Key { get; init; }

    /// <summary>The name on the wire.</summary>
    public required string Name { get; init; }

    /// <summary>path, query, header, body or formData.</summary>
    public required string In { get; init; }

    public string? Type { get; init; }

    public string? Format { get; init; }

    /// <summary>Written as <c>required</c>; null leaves the key out (<c>required: null</c> in the model).</summary>
    public bool? Required { get; init; }

    /// <summary>Display name (<c>x-ms-summary</c>).</summary>
    public string? Summary { get; init; }

    public string? Description { get; init; }

    /// <summary>important, advanced or internal (<c>x-ms-visibility</c>).</summary>
    public string? Visibility { get; init; }

    /// <summary>The default as written: <c>default: null</c> is a null default (a null Value); absent, null.</summary>
    public RawJson? Default { get; init; }

    /// <summary>Validation keywords and sample values, in <see cref="ParameterKeyword.All"/>'s order.</summary>
    public IReadOnlyList<KeywordValueModel> Keywords { get; init; } = [];

    public IReadOnlyList<EnumValueModel> Enum { get; init; } = [];

    /// <summary>The <c>x-ms-enum-values</c> entries as written (<c>enumValues:</c>); null when not written out.</summary>
    public IReadOnlyList<EnumEntryModel>? EnumValues { get; init; }

    /// <summary>single or double (<c>x-ms-url-encoding</c>).</summary>
    public string? UrlEncoding { get; init; }

    public string? CollectionFormat { get; init; }

    /// <summary>The <c>items</c> of an array parameter, as written.</summary>
    public RawJson? Items { get; init; }

    /// <summary>The body schema (body parameters only); <c>$ref: Name</c> names a reusable schema.</summary>
    public RawJson? Schema { get; init; }

    public DynamicValuesModel? Picker { get; init; }

    public DynamicSchemaModel? DynamicSchema { get; init; }

    /// <summary>Keys written verbatim at the end of the parameter object.</summary>
    public RawJson? Extensions { get; init; }

    public required SourcePosition Position { get; init; }
}

/// <summary>An entry of an operation's parameter list: a reference to a reusable parameter, or one written inline.</summary>
public sealed record OperationParameterModel(ModelReference? Reference, ParameterModel? Inline, SourcePosition Position);

/// <summary>
/// A picker: a drop-down fed by another operation (<c>x-ms-dynamic-values</c>; with <see cref="List"/>, also or only the
/// equivalent <c>x-ms-dynamic-list</c>).
/// </summary>
public sealed record DynamicValuesModel
{
    public required ModelReference Operation { get; init; }

    /// <summary>value-path: the property of each item that becomes the value.</summary>
    public string? ValuePath { get; init; }

    /// <summary>value-title: the property of each item that the user sees.</summary>
    public string? TitlePath { get; init; }

    /// <summary>value-collection: where the items are in the response (absent when it is an array).</summary>
    public string? Collection { get; init; }

    /// <summary>The picker operation's inputs: <c>{ "parameter": "name" }</c> for another input, <c>{ "value": x }</c> for a constant.</summary>
    public RawJson? Parameters { get; init; }

    /// <summary>Whether <c>x-ms-dynamic-list</c> is written too, or alone (<c>list: true</c>, <c>list: only</c>).</summary>
    public AlsoNewer List { get; init; }

    /// <summary>What x-ms-dynamic-list puts before each input it names (<c>body/</c> for a property of the body).</summary>
    public string? ReferencePrefix { get; init; }

    /// <summary>
    /// Inputs the newer form names otherwise than by the prefix and the parameter: input name to its
    /// <c>parameterReference</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string> References { get; init; } = new Dictionary<string, string>();

    public required SourcePosition Position { get; init; }
}

/// <summary>A schema that depends on other inputs: <c>x-ms-dynamic-schema</c> (or <c>x-ms-dynamic-properties</c>).</summary>
public sealed record DynamicSchemaModel
{
    public required ModelReference Operation { get; init; }

    public RawJson? Parameters { get; init; }

    /// <summary>value-path: where the schema is in the operation's response.</summary>
    public string? ValuePath { get; init; }

    /// <summary>Whether <c>x-ms-dynamic-properties</c> is written too, or alone (<c>properties: true</c>, <c>properties: only</c>).</summary>
    public AlsoNewer Properties { get; init; }

    /// <summary>What x-ms-dynamic-properties puts before each input it names (<c>body/</c> for a property of the body).</summary>
    public string? ReferencePrefix { get; init; }

    /// <summary>
    /// Inputs the newer form names otherwise than by the prefix and the parameter: input name to its
    /// <c>parameterReference</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string> References { get; init; } = new Dictionary<string, string>();

    /// <summary>Whether x-ms-dynamic-properties repeats the value path as <c>itemValuePath</c> (some connectors leave it out).</summary>
    public bool PropertiesValuePath { get; init; } = true;

    public required SourcePosition Position { get; init; }
}

/// <summary>Whether a picker or dynamic schema also writes the extension's newer form, or only that one.</summary>
public enum AlsoNewer
{
    /// <summary>Only the older form (<c>x-ms-dynamic-values</c>, <c>x-ms-dynamic-schema</c>).</summary>
    No,

    /// <summary>Both forms (<c>true</c> in the model).</summary>
    Yes,

    /// <summary>Only the newer form (<c>only</c> in the model): connectors that never wrote the older one.</summary>
    Only,
}
