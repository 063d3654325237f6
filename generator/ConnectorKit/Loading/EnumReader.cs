using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Loading;

/// <summary>
/// Reads <c>enum:</c> (a list of values, or a mapping of values to display names, which also writes x-ms-enum-values)
/// and <c>enumValues:</c> (the x-ms-enum-values entries written out, for what the mapping form cannot say).
/// </summary>
internal static class EnumReader
{
    public const string EnumValuesKey = "enumValues";

    /// <summary>The model's word for AutoRest's <c>x-ms-enum</c>: how code generators name and model the enum.</summary>
    public const string EnumTypeKey = "enumType";

    /// <summary>The keys of <c>enumType:</c>, in the order they are written.</summary>
    internal static readonly string[] EnumTypeKeys = ["name", "modelAsString"];

    private const string ValueKey = "value";
    private const string DisplayNameKey = "displayName";

    /// <summary>The keys of an entry of <c>enumValues:</c>.</summary>
    internal static readonly string[] EntryKeys = [ValueKey, DisplayNameKey];

    public static IReadOnlyList<EnumValueModel> Read(MappingReader owner)
    {
        switch (owner.Node("enum"))
        {
            case SequenceNode sequence:
                return [.. sequence.Items.Select(item => new EnumValueModel(RawJsonConverter.ToJson(item), null, item.Position))];
            case MappingNode mapping:
                return [.. mapping.Entries.Select(entry => ReadNamedValue(entry, owner))];
            case { } other:
                owner.Context.Report(DiagnosticCodes.WrongType, other.Position,
                    $"'enum' in {owner.What} must be a list of values or a mapping of values to display names, not {other.Describe()}.");
                return [];
            default:
                return [];
        }
    }

    /// <summary>
    /// The entries of <c>enumValues:</c>, each a mapping of exactly <c>value</c> (any scalar) and <c>displayName</c> (a
    /// text), in the order written; null when the key is absent. Beside the mapping form of <c>enum</c>, which writes
    /// the entries itself, it is an error.
    /// </summary>
    public static IReadOnlyList<EnumEntryModel>? ReadEntries(MappingReader owner)
    {
        if (owner.Node(EnumValuesKey) is not { } node)
        {
            return null;
        }

        if (owner.Node("enum") is MappingNode)
        {
            owner.Context.Report(DiagnosticCodes.InvalidValue, owner.KeyPosition(EnumValuesKey),
                $"'{EnumValuesKey}' in {owner.What} writes the display names that the mapping form of 'enum' " +
                "writes already; write 'enum' as a list, or leave 'enumValues' out.");
        }

        if (node is not SequenceNode sequence)
        {
            owner.Context.Report(DiagnosticCodes.WrongType, node.Position,
                $"'{EnumValuesKey}' in {owner.What} must be a list of entries '{{ value, displayName }}', " +
                $"not {node.Describe()}.");
            return null;
        }

        return [.. sequence.Items.Select(item => ReadEntry(item, owner)).OfType<EnumEntryModel>()];
    }

    /// <summary>
    /// <c>enumType: { name, modelAsString }</c> as <c>x-ms-enum</c> (AutoRest's: the enum type's name in generated
    /// code, and whether it is modelled as a plain string), or null when absent or unusable (reported).
    /// </summary>
    public static JsonObject? ReadEnumType(MappingReader owner)
    {
        if (owner.Mapping(EnumTypeKey, $"the {EnumTypeKey} of {owner.What}", EnumTypeKeys) is not { } type
            || type.String("name", required: true) is not { } name)
        {
            return null;
        }

        var written = new JsonObject { ["name"] = name };
        if (type.Bool("modelAsString") is { } modelAsString)
        {
            written["modelAsString"] = modelAsString;
        }

        return written;
    }

    private static EnumEntryModel? ReadEntry(SourceNode item, MappingReader owner)
    {
        var what = $"an entry of '{EnumValuesKey}' in {owner.What}";
        if (MappingReader.Open(item, what, EntryKeys, owner.Context) is not { } entry)
        {
            return null;
        }

        // The value may be any scalar, null too, so it is taken as written.
        var value = entry.Written(ValueKey);
        if (value is null)
        {
            owner.Context.Report(DiagnosticCodes.MissingKey, entry.Position, $"Required key '{ValueKey}' is missing in {what}.");
            return null;
        }

        if (value is not ScalarNode scalar)
        {
            owner.Context.Report(DiagnosticCodes.WrongType, value.Position, $"The value of {what} must be a scalar, not {value.Describe()}.");
            return null;
        }

        if (entry.String(DisplayNameKey, required: true) is not { } displayName)
        {
            return null;
        }

        var displayNameFirst = entry.Entries[0].Key.Text == DisplayNameKey;
        return new EnumEntryModel(RawJsonConverter.ToJsonValue(scalar), displayName, displayNameFirst, entry.Position);
    }

    private static EnumValueModel ReadNamedValue(MappingEntry entry, MappingReader owner)
    {
        var displayName = entry.Value as ScalarNode;
        if (displayName is null or { IsNull: true })
        {
            owner.Context.Report(DiagnosticCodes.WrongType, entry.Value.Position,
                $"The display name of enum value '{entry.Key.Text}' in {owner.What} must be a scalar, not {entry.Value.Describe()}.");
        }

        return new EnumValueModel(RawJsonConverter.ToJsonValue(entry.Key), displayName is { IsNull: false } ? displayName.Text : null, entry.Key.Position);
    }
}
