using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Loading;

/// <summary>Reads <c>enum:</c>: a list of values, or a mapping of values to display names (x-ms-enum-values).</summary>
internal static class EnumReader
{
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
