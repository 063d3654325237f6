using System.Text.Json.Nodes;
using ConnectorKit.Json;
using ConnectorKit.Loading;
using ConnectorKit.Model;

namespace ConnectorKit.Import;

/// <summary>
/// Writes parameters in the one-line form (<see cref="ParameterLine"/>) where it says the same: a reusable parameter
/// whose every key fits on its line becomes that line, an inline one keeps the keys that do not fit after it
/// (<c>- $top: query int32 | Top | How many.</c>, then <c>default: 10</c>).
/// </summary>
internal static class ParameterLineImporter
{
    /// <summary>The longest line with its key: parameters sit at most six columns in, and lines stay under 120.</summary>
    private const int LineLimit = 112;

    /// <summary>The operation keys that list parameters as <c>parameters:</c> does.</summary>
    private static readonly string[] ListKeys = ["parameters", "pathItemParameters", "notificationParameters"];

    public static void Apply(ImportDraft draft)
    {
        foreach (var (key, value) in draft.Parameters.ToList())
        {
            if (value is JsonObject parameter && !parameter.ContainsKey("name") && Compact(key, parameter) is ({ } line, { Count: 0 }))
            {
                draft.Parameters[key] = line;
            }
        }

        var lists = draft.Operations.SelectMany(o => ListKeys.Select(key => o.Yaml.Child(key))).OfType<JsonArray>();
        foreach (var list in lists)
        {
            for (var index = 0; index < list.Count; index++)
            {
                if (list[index] is JsonObject inline && inline.Child("name").Text() is { } name
                    && !ParameterReader.Keys.Contains(name, StringComparer.Ordinal) && Compact(name, inline) is ({ } line, var others))
                {
                    var entry = new JsonObject { [name] = line };
                    foreach (var (otherKey, otherValue) in others)
                    {
                        entry[otherKey] = otherValue?.DeepClone();
                    }

                    list[index] = entry;
                }
            }
        }
    }

    /// <summary>The line of a parameter (in the model's words) and its keys the line does not say, or no line.</summary>
    private static (string? Line, JsonObject Others) Compact(string key, JsonObject parameter)
    {
        var others = YamlShapes.Rest(parameter, ["name", "in", "type", "format", "summary", "description", "visibility"]);
        var required = parameter.Child("required") is JsonValue flag && flag.TryGetValue<bool>(out var value) && value;
        if (required)
        {
            others.Remove("required");
        }

        if (parameter.Child("in").Text() is not { } location || Head(parameter, location, required) is not { } head
            || !Texts(parameter, "summary", "description", "visibility"))
        {
            return (null, others);
        }

        return (SchemaImporter.Line(key, head, parameter.Child("summary").Text(), parameter.Child("description").Text(), LineLimit), others);
    }

    /// <summary><c>LOCATION [TYPE] [required] [VISIBILITY]</c>, or null when the type or visibility has no word.</summary>
    private static string? Head(JsonObject parameter, string location, bool required)
    {
        var words = new List<string> { location };
        if (parameter.Child("type") is { } typeNode)
        {
            var format = parameter.Child("format");
            var word = typeNode.Text() is not { } type ? null
                : format is null ? (TypeWords.PlainTypes.Contains(type) ? type : null)
                : format.Text() is { } text && TypeWords.PlainTypes.Contains(type) ? TypeWords.Shorten(type, text) : null;
            if (word is null)
            {
                return null;
            }

            words.Add(word);
        }
        else if (parameter.ContainsKey("format"))
        {
            return null;
        }

        if (required)
        {
            words.Add(ParameterLine.RequiredWord);
        }

        if (parameter.Child("visibility") is { } visibility)
        {
            if (visibility.Text() is not { } visibilityWord || !ParameterReader.Visibilities.Contains(visibilityWord))
            {
                return null;
            }

            words.Add(visibilityWord);
        }

        return ParameterLine.Locations.Contains(location) ? string.Join(' ', words) : null;
    }

    /// <summary>Whether each of the keys is absent or a string.</summary>
    private static bool Texts(JsonObject parameter, params string[] keys) =>
        keys.All(key => !parameter.ContainsKey(key) || parameter.Child(key).Text() is not null);
}
