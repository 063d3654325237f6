using System.Globalization;
using ConnectorKit.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ConnectorKit.Loading;

/// <summary>
/// Parses one YAML file into <see cref="SourceNode"/>s. A syntax error is reported (CK1001, where YamlDotNet found it)
/// and yields no tree; duplicate keys and non-scalar keys are reported and skipped so the rest of the file still loads.
/// A file is hostile input: mappings and sequences nest at most <see cref="MaxDepth"/> levels, aliases included, and
/// aliases repeat at most <see cref="MaxAliasedNodes"/> nodes, so that neither deep nesting nor aliases of aliases
/// (which grow exponentially) can exhaust the stack, the memory or the time of any command; beyond, it is CK1001.
/// </summary>
internal static class YamlTreeParser
{
    /// <summary>As deep as the JSON the model becomes may nest: the platform's JSON reader stops at 64 levels too.</summary>
    public const int MaxDepth = 64;

    /// <summary>Far more than any model repeats through aliases, far less than a command could not handle.</summary>
    public const int MaxAliasedNodes = 100_000;

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

    /// <summary>A node read, with the number of nodes it holds and how many mappings and sequences deep it nests, aliases expanded.</summary>
    private readonly record struct Built(SourceNode Node, int Size, int Height);

    private sealed class TreeBuilder(IParser parser, string file, DiagnosticBag diagnostics)
    {
        private readonly Dictionary<string, Built> _anchors = new(StringComparer.Ordinal);
        private int _aliasedNodes;

        public SourceNode ReadNode() => Read(depth: 1).Node;

        /// <summary>Reads the node that starts at the current event, at <paramref name="depth"/> (the root is at 1).</summary>
        private Built Read(int depth)
        {
            var current = parser.Current!;
            parser.MoveNext();
            return current switch
            {
                Scalar scalar => Remember(scalar, new Built(new ScalarNode(scalar.Value, IsPlain(scalar), At(file, scalar.Start)), Size: 1, Height: 0)),
                MappingStart start => Remember(start, ReadMapping(start, Nested(start, depth))),
                SequenceStart start => Remember(start, ReadSequence(start, Nested(start, depth))),
                AnchorAlias alias => Repeat(alias, depth),
                _ => throw new YamlException(current.Start, current.End, $"Unexpected {current.GetType().Name}."),
            };
        }

        // Only unquoted scalars without an explicit string tag get a JSON type (true, 12, null, ...).
        private static bool IsPlain(Scalar scalar) =>
            scalar.Style == ScalarStyle.Plain && (scalar.Tag.IsEmpty || scalar.Tag.Value != StringTag);

        private static int Nested(ParsingEvent start, int depth) => depth <= MaxDepth
            ? depth
            : throw new YamlException(start.Start, start.End, $"Mappings and sequences nest more than {MaxDepth} levels deep here; a model nests far less.");

        /// <summary>The anchored node again, as long as the file stays within the limits with it.</summary>
        private Built Repeat(AnchorAlias alias, int depth)
        {
            if (!_anchors.TryGetValue(alias.Value.Value, out var anchored))
            {
                throw new YamlException(alias.Start, alias.End, $"The alias '*{alias.Value.Value}' names no anchor defined before it.");
            }

            if (depth + anchored.Height - 1 > MaxDepth)
            {
                throw new YamlException(alias.Start, alias.End,
                    $"The alias '*{alias.Value.Value}' nests what it repeats more than {MaxDepth} levels deep; a model nests far less.");
            }

            _aliasedNodes += anchored.Size;
            if (_aliasedNodes > MaxAliasedNodes)
            {
                throw new YamlException(alias.Start, alias.End, string.Create(CultureInfo.InvariantCulture,
                    $"By the alias '*{alias.Value.Value}', the aliases of this file repeat more than {MaxAliasedNodes} nodes; a model file may not grow that much through aliases (aliases of aliases grow exponentially)."));
            }

            return anchored;
        }

        private Built Remember(NodeEvent start, Built built)
        {
            if (!start.Anchor.IsEmpty)
            {
                _anchors[start.Anchor.Value] = built;
            }

            return built;
        }

        private Built ReadMapping(MappingStart start, int depth)
        {
            var entries = new List<MappingEntry>();
            var seen = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
            var (size, height) = (1, 1);
            while (parser.Current is not MappingEnd)
            {
                var keyRead = Read(depth + 1);
                var valueRead = Read(depth + 1);
                (size, height) = (size + keyRead.Size + valueRead.Size, Math.Max(height, 1 + Math.Max(keyRead.Height, valueRead.Height)));
                var (keyNode, value) = (keyRead.Node, valueRead.Node);
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
            return new Built(new MappingNode(entries, At(file, start.Start)), size, height);
        }

        private Built ReadSequence(SequenceStart start, int depth)
        {
            var items = new List<SourceNode>();
            var (size, height) = (1, 1);
            while (parser.Current is not SequenceEnd)
            {
                var item = Read(depth + 1);
                (size, height) = (size + item.Size, Math.Max(height, 1 + item.Height));
                items.Add(item.Node);
            }

            parser.MoveNext();
            return new Built(new SequenceNode(items, At(file, start.Start)), size, height);
        }
    }
}
