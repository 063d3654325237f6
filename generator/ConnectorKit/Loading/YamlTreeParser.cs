using System.Globalization;
using ConnectorKit.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ConnectorKit.Loading;

/// <summary>
/// Parses one YAML file into <see cref="SourceNode"/>s. A syntax error is reported (CK1001, where YamlDotNet found it)
/// and yields no tree; duplicate keys and non-scalar keys are reported and skipped so the rest of the file still loads.
/// </summary>
internal static class YamlTreeParser
{
    private const string StringTag = "tag:yaml.org,2002:str";

    /// <summary>The root node (an empty file is an empty mapping), or null when the file is not well-formed YAML.</summary>
    public static SourceNode? Parse(string text, string file, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.MoveNext();
            Expect<StreamStart>(parser);
            if (parser.Current is StreamEnd)
            {
                return new MappingNode([], new SourcePosition(file, 1, 1));
            }

            Expect<DocumentStart>(parser);
            var root = new TreeBuilder(parser, file, diagnostics).ReadNode();
            Expect<DocumentEnd>(parser);
            if (parser.Current is DocumentStart second)
            {
                throw new YamlException(second.Start, second.End, "A model file holds one YAML document; split further documents into their own files.");
            }

            return root;
        }
        catch (YamlException exception)
        {
            diagnostics.Add(DiagnosticCodes.YamlSyntax, At(file, exception.Start), "Not valid YAML: " + Describe(exception));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on some malformed input; the last event it read is the best place to point at.
            var mark = parser.Current?.End ?? Mark.Empty;
            diagnostics.Add(DiagnosticCodes.YamlSyntax, At(file, mark), "Not valid YAML: the text after this point cannot be read.");
            return null;
        }
    }

    private static void Expect<T>(IParser parser)
        where T : ParsingEvent
    {
        if (parser.Current is not T)
        {
            var current = parser.Current!;
            throw new YamlException(current.Start, current.End, $"Expected {typeof(T).Name} but found {current.GetType().Name}.");
        }

        parser.MoveNext();
    }

    private static SourcePosition At(string file, Mark mark) => new(file, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column));

    /// <summary>YamlDotNet prefixes its messages with the marks; the diagnostic carries the position already.</summary>
    private static string Describe(YamlException exception)
    {
        const string Separator = "): ";
        var message = exception.Message;
        var cut = message.StartsWith('(') ? message.IndexOf(Separator, StringComparison.Ordinal) : -1;
        return cut >= 0 ? message[(cut + Separator.Length)..] : message;
    }

    private sealed class TreeBuilder(IParser parser, string file, DiagnosticBag diagnostics)
    {
        private readonly Dictionary<string, SourceNode> _anchors = new(StringComparer.Ordinal);

        public SourceNode ReadNode()
        {
            var current = parser.Current!;
            parser.MoveNext();
            return current switch
            {
                Scalar scalar => Remember(scalar, new ScalarNode(scalar.Value, IsPlain(scalar), At(file, scalar.Start))),
                MappingStart start => Remember(start, ReadMapping(start)),
                SequenceStart start => Remember(start, ReadSequence(start)),
                AnchorAlias alias => _anchors.TryGetValue(alias.Value.Value, out var node)
                    ? node
                    : throw new YamlException(alias.Start, alias.End, $"The alias '*{alias.Value.Value}' names no anchor defined before it."),
                _ => throw new YamlException(current.Start, current.End, $"Unexpected {current.GetType().Name}."),
            };
        }

        // Only unquoted scalars without an explicit string tag get a JSON type (true, 12, null, ...).
        private static bool IsPlain(Scalar scalar) =>
            scalar.Style == ScalarStyle.Plain && (scalar.Tag.IsEmpty || scalar.Tag.Value != StringTag);

        private SourceNode Remember(NodeEvent start, SourceNode node)
        {
            if (!start.Anchor.IsEmpty)
            {
                _anchors[start.Anchor.Value] = node;
            }

            return node;
        }

        private MappingNode ReadMapping(MappingStart start)
        {
            var entries = new List<MappingEntry>();
            var seen = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
            while (parser.Current is not MappingEnd)
            {
                var keyNode = ReadNode();
                var value = ReadNode();
                if (keyNode is not ScalarNode key)
                {
                    diagnostics.Add(DiagnosticCodes.WrongType, keyNode.Position, $"A mapping key must be a scalar, not {keyNode.Describe()}.");
                }
                else if (seen.TryGetValue(key.Text, out var first))
                {
                    diagnostics.Add(DiagnosticCodes.DuplicateKey, key.Position, string.Create(CultureInfo.InvariantCulture,
                        $"The key '{key.Text}' appears twice in this mapping (first at line {first.Line}); only the first is used."));
                }
                else
                {
                    seen.Add(key.Text, key.Position);
                    entries.Add(new MappingEntry(key, value));
                }
            }

            parser.MoveNext();
            return new MappingNode(entries, At(file, start.Start));
        }

        private SequenceNode ReadSequence(SequenceStart start)
        {
            var items = new List<SourceNode>();
            while (parser.Current is not SequenceEnd)
            {
                items.Add(ReadNode());
            }

            parser.MoveNext();
            return new SequenceNode(items, At(file, start.Start));
        }
    }
}
