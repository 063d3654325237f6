using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorKit.Json;
using ConnectorKit.Loading;

namespace ConnectorKit.Import;

/// <summary>
/// Imports <c>enum</c> and <c>x-ms-enum-values</c>: as a mapping of values to display names when the entries name
/// every value, in order, each a text; else as the list of values and the entries written out under
/// <c>enumValues</c> (another order, values without an entry, numbers) when each entry is a value and a display name.
/// </summary>
internal static class EnumImporter
{
    private const string EnumValues = "x-ms-enum-values";

    public static void Take(JsonObject original, JsonObject yaml, HashSet<string> taken)
    {
        var entries = original.Child(EnumValues);
        if (original.Child("enum") is JsonArray values)
        {
            taken.Add("enum");
            if (DisplayNames(values, entries) is { } named)
            {
                yaml["enum"] = named;
                taken.Add(EnumValues);
                return;
            }

            yaml["enum"] = values.DeepClone();
        }

        if (IsEntryList(entries))
        {
            yaml[EnumReader.EnumValuesKey] = entries!.DeepClone();
            taken.Add(EnumValues);
        }
    }

    private static JsonObject? DisplayNames(JsonArray values, JsonNode? enumValues)
    {
        if (enumValues is not JsonArray entries || entries.Count != values.Count)
        {
            return null;
        }

        var named = new JsonObject();
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].Text() is not { } value || named.ContainsKey(value)
                || entries[i] is not JsonObject { Count: 2 } entry
                || entry.Child("value").Text() != value || entry.Child("displayName").Text() is not { } displayName)
            {
                return null;
            }

            named[value] = displayName;
        }

        return named;
    }

    /// <summary>Whether each entry is exactly a scalar value and a text display name, as <c>enumValues:</c> says them.</summary>
    private static bool IsEntryList(JsonNode? enumValues) =>
        enumValues is JsonArray entries && entries.All(entry =>
            entry is JsonObject { Count: 2 } pair
            && pair.TryGetPropertyValue("value", out var value) && (value is null or JsonValue)
            && pair.Child("displayName") is JsonValue name && name.GetValueKind() == JsonValueKind.String);
}
