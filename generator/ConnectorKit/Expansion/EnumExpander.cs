using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Expansion;

/// <summary>
/// Writes <c>enum</c> and then <c>x-ms-enum-values</c>: the entries written out (<c>enumValues:</c>) when the model
/// gives them, else one per value when any value has a display name. Parameters, the properties of a webhook's
/// subscribe body and schemas alike.
/// </summary>
internal sealed class EnumExpander(OriginRecorder origins)
{
    public void AddTo(
        JsonObject target, IReadOnlyList<EnumValueModel> values, IReadOnlyList<EnumEntryModel>? entries, string pointer) =>
        Write(target, values, entries, pointer, origins.Record);

    /// <summary>Writes the keys, calling <paramref name="record"/> with the pointer and origin of each node written.</summary>
    public static void Write(
        JsonObject target, IReadOnlyList<EnumValueModel> values, IReadOnlyList<EnumEntryModel>? entries, string pointer,
        Action<string, SourcePosition> record)
    {
        if (values.Count > 0)
        {
            var enumPointer = JsonPointer.Append(pointer, "enum");
            var enumValues = new JsonArray();
            foreach (var value in values)
            {
                record(JsonPointer.Append(enumPointer, enumValues.Count), value.Position);
                enumValues.Add(value.Value?.DeepClone());
            }

            target["enum"] = enumValues;
        }

        var displayPointer = JsonPointer.Append(pointer, "x-ms-enum-values");
        if (entries is not null)
        {
            target["x-ms-enum-values"] = Entries(entries, displayPointer, record);
        }
        else if (values.Any(v => v.DisplayName is not null))
        {
            var named = values.Select(v => new EnumEntryModel(v.Value, v.DisplayName ?? TextOf(v.Value), false, v.Position));
            target["x-ms-enum-values"] = Entries(named, displayPointer, record);
        }
    }

    private static JsonArray Entries(IEnumerable<EnumEntryModel> entries, string pointer, Action<string, SourcePosition> record)
    {
        var written = new JsonArray();
        foreach (var (value, displayName, displayNameFirst, position) in entries)
        {
            record(JsonPointer.Append(pointer, written.Count), position);
            written.Add(displayNameFirst
                ? new JsonObject { ["displayName"] = displayName, ["value"] = value?.DeepClone() }
                : new JsonObject { ["value"] = value?.DeepClone(), ["displayName"] = displayName });
        }

        return written;
    }

    /// <summary>A value without a display name shows as itself.</summary>
    private static string TextOf(JsonNode? value) =>
        value is JsonValue scalar && scalar.GetValueKind() == JsonValueKind.String ? scalar.GetValue<string>() : value?.ToJsonString() ?? "null";
}
