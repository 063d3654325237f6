using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Import;

/// <summary>Imports <c>enum</c>, as a mapping of values to display names when <c>x-ms-enum-values</c> names every value in order.</summary>
internal static class EnumImporter
{
    public static void Take(JsonObject original, JsonObject yaml, HashSet<string> taken)
    {
        if (original.Child("enum") is not JsonArray values)
        {
            return;
        }

        taken.Add("enum");
        if (DisplayNames(values, original.Child("x-ms-enum-values")) is { } named)
        {
            yaml["enum"] = named;
            taken.Add("x-ms-enum-values");
            return;
        }

        yaml["enum"] = values.DeepClone();
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
}
