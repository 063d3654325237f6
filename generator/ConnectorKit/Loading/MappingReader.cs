using System.Globalization;
using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Loading;

/// <summary>
/// Reads the keys of one YAML mapping: reports keys it does not allow (CK1002), missing required keys (CK1004, at the
/// mapping) and values of the wrong shape (CK1003, at the value). Every getter returns null when the value is absent
/// or unusable, after reporting why, so a reader can carry on and report every problem of the file. Section readers
/// therefore read every key first and only then drop a record whose required values were missing.
/// </summary>
internal sealed class MappingReader
{
    private readonly MappingNode _node;
    private readonly LoadContext _context;

    private MappingReader(MappingNode node, string what, SourcePosition origin, LoadContext context)
    {
        _node = node;
        What = what;
        Origin = origin;
        _context = context;
    }

    /// <summary>How messages name this mapping, e.g. "action 'GetItems'".</summary>
    public string What { get; }

    /// <summary>Where the mapping itself starts; missing keys are reported here.</summary>
    public SourcePosition Position => _node.Position;

    /// <summary>Where the record starts: the key that introduces the mapping (or the mapping when it has none).</summary>
    public SourcePosition Origin { get; }

    public LoadContext Context => _context;

    public IReadOnlyList<MappingEntry> Entries => _node.Entries;

    /// <summary>A reader for <paramref name="node"/>, or null (after CK1003) when it is not a mapping.</summary>
    public static MappingReader? Open(
        SourceNode node, string what, IReadOnlyCollection<string> allowedKeys, LoadContext context, bool required = false, SourcePosition? origin = null)
    {
        if (node is not MappingNode mapping)
        {
            context.Report(DiagnosticCodes.WrongType, node.Position, $"{Capitalized(what)} must be a mapping, not {node.Describe()}.", required);
            return null;
        }

        foreach (var key in mapping.Entries.Select(e => e.Key).Where(k => !allowedKeys.Contains(k.Text, StringComparer.Ordinal)))
        {
            context.Report(DiagnosticCodes.UnknownKey, key.Position,
                $"'{key.Text}' is not a key of {what}.{Suggestions.DidYouMean(key.Text, allowedKeys)}");
        }

        context.KeyPositions.Record(origin ?? mapping.Position, mapping.Entries.Select(e => (e.Key.Text, e.Key.Position)));
        return new MappingReader(mapping, what, origin ?? mapping.Position, context);
    }

    /// <summary>The entries of a mapping keyed by name (actions, schemas, ...); none, after CK1003, when it is no mapping.</summary>
    public static IReadOnlyList<MappingEntry> EntriesOf(SourceNode node, string what, LoadContext context)
    {
        if (node is MappingNode mapping)
        {
            return mapping.Entries;
        }

        if (node is not ScalarNode { IsNull: true })
        {
            context.Report(DiagnosticCodes.WrongType, node.Position, $"{Capitalized(what)} must be a mapping of names to definitions, not {node.Describe()}.");
        }

        return [];
    }

    /// <summary>The value of <paramref name="key"/>; an explicit null counts as absent (an error when required).</summary>
    public SourceNode? Node(string key, bool required = false)
    {
        var entry = _node.Entries.FirstOrDefault(e => e.Key.Text == key);
        if (entry is null)
        {
            if (required)
            {
                _context.Report(DiagnosticCodes.MissingKey, Position, $"Required key '{key}' is missing in {What}.", required: true);
            }

            return null;
        }

        if (entry.Value is ScalarNode { IsNull: true })
        {
            if (required)
            {
                _context.Report(DiagnosticCodes.WrongType, entry.Value.Position, $"'{key}' in {What} needs a value.", required: true);
            }

            return null;
        }

        return entry.Value;
    }

    public SourcePosition KeyPosition(string key) => _node.Entries.First(e => e.Key.Text == key).Key.Position;

    public bool Has(string key) => Node(key) is not null;

    /// <summary>Whether the key is written with an explicit null, which leaves out what would otherwise be written.</summary>
    public bool IsExplicitNull(string key) => Written(key) is ScalarNode { IsNull: true };

    /// <summary>The value of <paramref name="key"/> as written, an explicit null too (which <see cref="Node"/> skips).</summary>
    public SourceNode? Written(string key) => _node.Entries.FirstOrDefault(e => e.Key.Text == key)?.Value;

    /// <summary>
    /// A required text that may be written as null to leave it out: <c>(true, text)</c> when written, <c>(true, null)</c>
    /// for an explicit null, <c>(false, null)</c> when missing or unusable (reported).
    /// </summary>
    public (bool Given, string? Text) RequiredOrNull(string key) =>
        IsExplicitNull(key) ? (true, null) : String(key, required: true) is { } text ? (true, text) : (false, null);

    public ScalarNode? Scalar(string key, bool required = false) => Node(key, required) is { } node ? AsScalar(key, node, required) : null;

    public string? String(string key, bool required = false) => Scalar(key, required)?.Text;

    public ModelReference? Reference(string key, bool required = false) =>
        Scalar(key, required) is { } scalar ? new ModelReference(scalar.Text, scalar.Position) : null;

    /// <summary>A file or folder path, with the position of its value for findings about where it leads.</summary>
    public ModelPath? Path(string key, bool required = false) =>
        Scalar(key, required) is { } scalar ? new ModelPath(scalar.Text, scalar.Position) : null;

    public bool? Bool(string key)
    {
        if (Scalar(key) is not { } scalar)
        {
            return null;
        }

        if (RawJsonConverter.ToJsonValue(scalar) is JsonValue value && value.TryGetValue<bool>(out var result))
        {
            return result;
        }

        return WrongType<bool?>(key, scalar, "true or false", required: false);
    }

    public int? Int(string key)
    {
        if (Scalar(key) is not { } scalar)
        {
            return null;
        }

        return scalar.IsPlain && int.TryParse(scalar.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
            ? result
            : WrongType<int?>(key, scalar, "an integer", required: false);
    }

    /// <summary>A scalar that must be one of <paramref name="allowed"/> (CK1005 with the allowed values otherwise).</summary>
    /// <param name="ignoreCase">Whether a value in other letter case is taken too, as written.</param>
    public string? Choice(string key, IReadOnlyList<string> allowed, bool required = false, bool ignoreCase = false)
    {
        if (Scalar(key, required) is not { } scalar)
        {
            return null;
        }

        if (allowed.Contains(scalar.Text, ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal))
        {
            return scalar.Text;
        }

        _context.Report(DiagnosticCodes.InvalidValue, scalar.Position,
            $"'{scalar.Text}' is not a valid '{key}' in {What}; allowed: {string.Join(", ", allowed)}.{Suggestions.DidYouMean(scalar.Text, allowed)}",
            required);
        return null;
    }

    public IReadOnlyList<string> StringList(string key) => [.. ScalarList(key).Select(s => s.Text)];

    /// <summary>A list whose absence (null) says something else than an empty one (<c>[]</c>).</summary>
    public IReadOnlyList<string>? StringListOrNull(string key) => Has(key) ? StringList(key) : null;

    public IReadOnlyList<ModelReference> ReferenceList(string key) => [.. ScalarList(key).Select(s => new ModelReference(s.Text, s.Position))];

    public SequenceNode? Sequence(string key) => Node(key) is { } node ? node as SequenceNode ?? WrongType<SequenceNode>(key, node, "a sequence", required: false) : null;

    public MappingNode? MappingNode(string key, bool required = false) =>
        Node(key, required) is { } node ? node as MappingNode ?? WrongType<MappingNode>(key, node, "a mapping", required) : null;

    public MappingReader? Mapping(string key, string what, IReadOnlyCollection<string> allowedKeys, bool required = false) =>
        Node(key, required) is { } node ? Open(node, what, allowedKeys, _context, required, KeyPosition(key)) : null;

    /// <summary>Any value, written through as JSON (defaults).</summary>
    public RawJson? Raw(string key) => Node(key) is { } node ? RawJsonConverter.ToRawJson(node) : null;

    /// <summary>Any value written through as JSON, an explicit null too (a JSON null): for keys where null says so.</summary>
    public RawJson? RawOrNull(string key) => Written(key) is { } node ? RawJsonConverter.ToRawJson(node) : null;

    /// <summary>
    /// A mapping of names to texts (scope descriptions, allowed values, metadata entries) in the order written; null
    /// when the key is absent. A value that is no text is reported and left out.
    /// </summary>
    public IReadOnlyList<(ScalarNode Name, string Text)>? TextMapping(string key)
    {
        if (MappingNode(key) is not { } mapping)
        {
            return null;
        }

        var texts = new List<(ScalarNode Name, string Text)>();
        foreach (var entry in mapping.Entries)
        {
            if (entry.Value is ScalarNode { IsNull: false } text)
            {
                texts.Add((entry.Key, text.Text));
            }
            else
            {
                _context.Report(DiagnosticCodes.WrongType, entry.Value.Position,
                    $"'{entry.Key.Text}' of '{key}' in {What} must be a text, not {entry.Value.Describe()}.");
            }
        }

        return texts;
    }

    /// <summary>A mapping written through as JSON (schemas, extensions, raw parameters).</summary>
    public RawJson? RawMapping(string key) => MappingNode(key) is { } node ? RawJsonConverter.ToRawJson(node) : null;

    /// <summary>Messages start with the name of what is wrong, which is written in lower case for use mid-sentence.</summary>
    public static string Capitalized(string what) => what.Length == 0 ? what : char.ToUpperInvariant(what[0]) + what[1..];

    private IReadOnlyList<ScalarNode> ScalarList(string key)
    {
        if (Sequence(key) is not { } sequence)
        {
            return [];
        }

        var scalars = new List<ScalarNode>();
        foreach (var item in sequence.Items)
        {
            if (item is ScalarNode { IsNull: false } scalar)
            {
                scalars.Add(scalar);
            }
            else
            {
                WrongType<ScalarNode>(key, item, "a list of names or values", required: false);
            }
        }

        return scalars;
    }

    private ScalarNode? AsScalar(string key, SourceNode node, bool required) =>
        node as ScalarNode ?? WrongType<ScalarNode>(key, node, "a scalar", required);

    private T? WrongType<T>(string key, SourceNode node, string expected, bool required)
    {
        _context.Report(DiagnosticCodes.WrongType, node.Position, $"'{key}' in {What} must be {expected}, not {node.Describe()}.", required);
        return default;
    }
}
