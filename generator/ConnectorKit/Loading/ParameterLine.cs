using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Loading;

/// <summary>
/// The one-line form of a parameter, <c>LOCATION [TYPE] [required] [VISIBILITY] | SUMMARY | DESCRIPTION</c>: a reusable
/// parameter's value (<c>dataset: path string | Instance | The instance.</c>), or the first entry of an inline one,
/// keyed by its wire name (<c>- $top: query int32 | Top | How many.</c>), with any further keys after it.
/// </summary>
internal sealed record ParameterLine(
    string Location, string? Type, string? Format, bool Required, string? Visibility, string? Summary, string? Description)
{
    public const string RequiredWord = "required";

    public static readonly IReadOnlyList<string> Locations = ["path", "query", "header", "body", "formData"];

    /// <summary>
    /// The wire name, the line and the other keys of a parameter written in the one-line form, or null for a mapping of
    /// parameter keys. An inline parameter is one-line when its first key is not a parameter key and it has no <c>in</c>
    /// (so that a misspelt first key of a mapping is reported as an unknown key).
    /// </summary>
    public static (string Name, ScalarNode Line, MappingNode Others)? Find(SourceNode node, string? key)
    {
        if (key is not null)
        {
            return node is ScalarNode { IsNull: false } value ? (key, value, new MappingNode([], value.Position)) : null;
        }

        return node is MappingNode { Entries.Count: > 0 } mapping
            && mapping.Entries[0] is { Value: ScalarNode { IsNull: false } line } first
            && !ParameterReader.Keys.Contains(first.Key.Text, StringComparer.Ordinal)
            && !mapping.Entries.Any(e => e.Key.Text == "in")
            ? (first.Key.Text, line, new MappingNode([.. mapping.Entries.Skip(1)], mapping.Position))
            : null;
    }

    /// <summary>The line's parts; an unknown word is error CK1005 at the line (and the parameter is not read).</summary>
    public static ParameterLine? Parse(ScalarNode line, string what, LoadContext context)
    {
        var parts = line.Text.Split('|', 3, StringSplitOptions.TrimEntries);
        var words = parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !Locations.Contains(words[0]))
        {
            return Wrong(line, what, context, $"it must start with a location ({string.Join(", ", Locations)})");
        }

        var next = 1;
        string? type = null;
        string? format = null;
        if (next < words.Length && TypeWords.Words.Contains(words[next]))
        {
            (type, format) = TypeWords.Expand(words[next]) is var (plain, shortFormat) ? (plain, shortFormat) : (words[next], null);
            next++;
        }

        var required = next < words.Length && words[next] == RequiredWord;
        next += required ? 1 : 0;
        var visibility = next < words.Length && ParameterReader.Visibilities.Contains(words[next]) ? words[next++] : null;
        if (next < words.Length)
        {
            return Wrong(line, what, context, $"'{words[next]}' is not a type, '{RequiredWord}' or a visibility in that order");
        }

        return new ParameterLine(words[0], type, format, required, visibility, NonEmpty(parts.ElementAtOrDefault(1)), NonEmpty(parts.ElementAtOrDefault(2)));
    }

    private static string? NonEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static ParameterLine? Wrong(ScalarNode line, string what, LoadContext context, string problem)
    {
        context.Report(DiagnosticCodes.InvalidValue, line.Position,
            $"'{line.Text}' is not a one-line form of {what}: {problem}. The form is " +
            "'LOCATION [TYPE] [required] [VISIBILITY] | SUMMARY | DESCRIPTION', e.g. 'query int32 required | Top | How many.'", required: true);
        return null;
    }
}
