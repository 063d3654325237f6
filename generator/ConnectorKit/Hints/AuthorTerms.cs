using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Hints;

/// <summary>
/// The words and places of messages for one input: a connector folder is spoken of in Swagger keys at its JSON lines,
/// a model in model keys at its YAML lines (the table <see cref="ModelKeyTable"/> and the origins recorded at
/// expansion). Rules and the diff say what to change as <see cref="KeyFix"/>es and key names of the definition; only
/// this class words them.
/// </summary>
public abstract class AuthorTerms
{
    /// <summary>The terms of the connector's own JSON files.</summary>
    public static AuthorTerms Swagger { get; } = new SwaggerTerms();

    /// <summary>The terms of a model, pointing at the keys recorded in <paramref name="keys"/>.</summary>
    public static AuthorTerms Model(ModelKeyPositions keys) => new ModelTerms(keys);

    /// <summary>The fix as an instruction: <c>add "x-ms-url-encoding": "single"</c>, or <c>add 'urlEncoding: single'</c>.</summary>
    public string Word(KeyFix fix)
    {
        if (fix.Action == FixAction.Remove)
        {
            return "remove " + Name(fix.File, fix.Key);
        }

        var verb = fix.Action == FixAction.Add ? "add " : "set ";
        var alternatives = fix.Alternatives.Count == 0 ? string.Empty : " (or " + string.Join(", or ", fix.Alternatives.Select(a => Quoted(Literal(a)))) + ")";
        return verb + (fix.Value is null && Spell(fix.File, fix.Key).FixedValue is null ? Name(fix.File, fix.Key) : Settings(fix.File, (fix.Key, fix.Value))) + alternatives;
    }

    /// <summary>A key by name, with the object it is in when nested: <c>'x-ms-url-encoding'</c>, <c>'website' in 'connector'</c>.</summary>
    public string Name(DefinitionFileKind file, string key)
    {
        var spelled = Spell(file, key);
        var path = spelled.Segments;
        return $"'{path[^1]}'" + (path.Count > 1 ? $" in '{path[^2]}'" : In(spelled.Section));
    }

    /// <summary>
    /// Keys with their values, as written: <c>"deprecated": true, "x-ms-visibility": "internal"</c>, or
    /// <c>'deprecated: true, visibility: internal'</c>. Nested keys are written inside their objects, keys of one object
    /// together: <c>"x-ms-api-annotation": { "family": "GetItems", "revision": 2 }</c>. Keys of a model section say it
    /// once: <c>'brandColor: "#0b556a"' in 'connector'</c>.
    /// </summary>
    public string Settings(DefinitionFileKind file, params (string Key, JsonNode? Value)[] settings)
    {
        var spelled = settings.Select(s => (Key: Spell(file, s.Key), s.Value)).ToList();
        var sections = spelled.Select(s => s.Key.Section).Distinct(StringComparer.Ordinal).ToList();
        var written = Nest([.. spelled.Select(s => (s.Key.Segments, Literal(s.Key.FixedValue ?? s.Value)))]);
        return Quoted(written) + (sections.Count == 1 ? In(sections[0]) : string.Empty);
    }

    /// <summary>Where a finding at <paramref name="pointer"/> is reported.</summary>
    public abstract SourcePosition Locate(JsonPositionIndex positions, DefinitionFileKind file, string pointer);

    /// <summary>Where a fix is reported: at its key when it is written, else at the object it belongs in.</summary>
    public abstract SourcePosition Locate(JsonPositionIndex positions, PlacedFix fix);

    /// <summary>The key in these terms: its path, its section, and the value it takes where the key fixes it (a model flag).</summary>
    protected abstract ModelKey Spell(DefinitionFileKind file, string key);

    /// <summary>A value as these terms write it: JSON, or model YAML.</summary>
    protected abstract string Literal(JsonNode? value);

    /// <summary>A key and value pair: <c>"key": value</c>, or <c>key: value</c>.</summary>
    protected abstract string Pair(string key, string literal);

    /// <summary>Marks where a written setting starts and ends in a sentence.</summary>
    protected abstract string Quoted(string written);

    private static string In(string? section) => section is null ? string.Empty : $" in '{section}'";

    private string Nest(IReadOnlyList<(IReadOnlyList<string> Path, string Literal)> settings) =>
        string.Join(", ", settings.GroupBy(s => s.Path[0], StringComparer.Ordinal).Select(group =>
            group.Count() == 1 && group.First().Path.Count == 1
                ? Pair(group.Key, group.First().Literal)
                : Pair(group.Key, "{ " + Nest([.. group.Where(s => s.Path.Count > 1).Select(s => ((IReadOnlyList<string>)[.. s.Path.Skip(1)], s.Literal))]) + " }")));
}
