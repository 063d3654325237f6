using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Loading;

/// <summary>Reads <c>connectionParameters:</c> entries and the <c>connectionParameterSets:</c> section.</summary>
internal static class ConnectionParameterReader
{
    internal static readonly string[] Keys =
        [
            "type", "displayName", "description", "tooltip", "required", "requiredFlag", "tabIndex", "clearText",
            "hidden", "allowedValues", "values", "default", "sourceType", "uiExtensions", "extensions",
        ];
    internal static readonly string[] SetsKeys = ["displayName", "description", "uiExtensions", "sets"];
    internal static readonly string[] SetKeys = ["name", "displayName", "description", "uiExtensions", "auth", "parameters", "allowSharing", "extensions"];

    public static ConnectionParameterModel? Read(MappingEntry entry, LoadContext context)
    {
        var name = entry.Key.Text;
        if (MappingReader.Open(entry.Value, $"connection parameter '{name}'", Keys, context, origin: entry.Key.Position) is not { } map)
        {
            return null;
        }

        var type = map.String("type", required: true);
        var parameter = new ConnectionParameterModel
        {
            Name = name,
            Type = type ?? string.Empty,
            DisplayName = map.String("displayName"),
            Description = map.String("description"),
            Tooltip = map.String("tooltip"),
            Required = ReadRequired(map),
            RequiredFlag = map.Bool("requiredFlag"),
            TabIndex = map.Int("tabIndex"),
            ClearText = map.Bool("clearText"),
            Hidden = ReadHidden(map),
            AllowedValues = map.TextMapping("allowedValues")?
                .Select(v => KeyValuePair.Create(v.Name.Text, v.Text)).ToList(),
            Values = map.StringListOrNull("values"),
            SourceType = map.String("sourceType"),
            Default = map.Raw("default")?.Value,
            UiExtensions = map.RawMapping("uiExtensions"),
            Extensions = map.RawMapping("extensions"),
            Position = map.Origin,
        };
        return type is null ? null : parameter;
    }

    /// <summary>
    /// <c>required:</c> as text, false by default; none with <c>requiredFlag:</c>, which says it as a boolean (both
    /// given is CK1005 at <c>requiredFlag</c>).
    /// </summary>
    private static bool? ReadRequired(MappingReader map)
    {
        if (!map.Has("requiredFlag"))
        {
            return map.IsExplicitNull("required") ? null : map.Bool("required") ?? false;
        }

        if (map.Has("required"))
        {
            map.Context.Report(DiagnosticCodes.InvalidValue, map.KeyPosition("requiredFlag"),
                $"'requiredFlag' and 'required' in {map.What} both say uiDefinition.constraints.required; keep one.");
        }

        return null;
    }

    /// <summary><c>hidden:</c> true or false; quoted, the text "true" or "false", which is written as text.</summary>
    internal static JsonValue? ReadHidden(MappingReader map)
    {
        if (map.Scalar("hidden") is not { } scalar)
        {
            return null;
        }

        if (RawJsonConverter.ToJsonValue(scalar) is JsonValue value
            && (value.GetValueKind() is JsonValueKind.True or JsonValueKind.False || scalar.Text is "true" or "false"))
        {
            return value;
        }

        map.Context.Report(DiagnosticCodes.WrongType, scalar.Position,
            $"'hidden' in {map.What} must be true or false (quoted \"true\" or \"false\" to write the text).");
        return null;
    }

    public static ConnectionParameterSetsModel? ReadSets(MappingEntry section, LoadContext context)
    {
        if (MappingReader.Open(section.Value, "connectionParameterSets", SetsKeys, context, origin: section.Key.Position) is not { } map)
        {
            return null;
        }

        var sets = new List<ConnectionParameterSetModel>();
        foreach (var item in map.Sequence("sets")?.Items ?? [])
        {
            if (ReadSet(item, context) is { } set)
            {
                sets.Add(set);
            }
        }

        return new ConnectionParameterSetsModel(map.String("displayName"), map.String("description"), sets, map.Origin)
        {
            UiExtensions = map.RawMapping("uiExtensions"),
        };
    }

    private static ConnectionParameterSetModel? ReadSet(SourceNode node, LoadContext context)
    {
        if (MappingReader.Open(node, "a connection parameter set", SetKeys, context) is not { } map)
        {
            return null;
        }

        var name = map.String("name", required: true);
        var displayName = map.String("displayName");
        var description = map.String("description");
        var auth = map.Node("auth") is { } authNode ? AuthReader.Read(authNode, $"the auth of set '{name}'", context, map.KeyPosition("auth")) : null;
        var parameters = map.Node("parameters") is { } parametersNode
            ? MappingReader.EntriesOf(parametersNode, $"the parameters of set '{name}'", context).Select(e => Read(e, context)).OfType<ConnectionParameterModel>().ToList()
            : [];
        var uiExtensions = map.RawMapping("uiExtensions");
        var allowSharing = map.Bool("allowSharing");
        var extensions = map.RawMapping("extensions");
        return name is null
            ? null
            : new ConnectionParameterSetModel(name, displayName, description, auth, parameters, map.Origin)
            {
                UiExtensions = uiExtensions,
                AllowSharing = allowSharing,
                Extensions = extensions,
            };
    }
}
