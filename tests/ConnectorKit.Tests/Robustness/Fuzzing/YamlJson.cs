using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ConnectorKit.Tests.Robustness.Fuzzing;

/// <summary>
/// A model's YAML as a JSON tree, so the same mangler changes models and connectors, and back to YAML: block style
/// (as people write models) or flow style (JSON text, which is YAML too). Plain scalars are typed as the loader
/// types them; strings that would read as another type are quoted.
/// </summary>
internal static partial class YamlJson
{
    // Mangled trees nest deeper than System.Text.Json's default limit of 64; what a reader makes of that is the point.
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = 1_000 };
    private static readonly JsonSerializerOptions Indented = new(Compact) { WriteIndented = true };

    /// <summary>
    /// The tree of the YAML text, or null when YamlDotNet does not read it (a file an earlier change broke), or it nests
    /// too deep for YamlDotNet's recursive reader or holds aliases, which this tree would expand (a bomb).
    /// </summary>
    public static JsonNode? Read(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            if (!IsPlainTree(yaml, maxDepth: 500))
            {
                return null;
            }

            stream.Load(new StringReader(yaml));
        }
        catch (Exception exception) when (exception is YamlException or InvalidOperationException)
        {
            return null;
        }

        return stream.Documents.Count == 0 ? new JsonObject() : ToJson(stream.Documents[0].RootNode);
    }

    public static string Write(JsonNode? node, bool block)
    {
        if (!block)
        {
            return JsonText(node, indented: false);
        }

        var writer = new StringWriter { NewLine = "\n" };
        new YamlStream(new YamlDocument(ToYaml(node))).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    private static bool IsPlainTree(string yaml, int maxDepth)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        while (parser.MoveNext())
        {
            if (parser.Current is AnchorAlias)
            {
                return false;
            }

            depth += parser.Current switch
            {
                MappingStart or SequenceStart => 1,
                MappingEnd or SequenceEnd => -1,
                _ => 0,
            };
            if (depth > maxDepth)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>JSON text with odd Unicode written as it is, not escaped.</summary>
    public static string JsonText(JsonNode? node, bool indented) => node?.ToJsonString(indented ? Indented : Compact) ?? "null";

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children
            .Select(entry => KeyValuePair.Create((entry.Key as YamlScalarNode)?.Value ?? entry.Key.ToString(), ToJson(entry.Value)))
            .DistinctBy(entry => entry.Key)),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(ToJson)]),
        YamlScalarNode { Style: ScalarStyle.Plain } scalar => Typed(scalar.Value ?? string.Empty),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value ?? string.Empty),
        _ => null,
    };

    private static JsonNode? Typed(string text) => text switch
    {
        "" or "~" or "null" or "Null" or "NULL" => null,
        "true" or "True" or "TRUE" => JsonValue.Create(true),
        "false" or "False" or "FALSE" => JsonValue.Create(false),
        _ when JsonNumber().IsMatch(text) => JsonNode.Parse(text),
        _ => JsonValue.Create(text),
    };

    private static YamlNode ToYaml(JsonNode? node) => node switch
    {
        JsonObject obj => new YamlMappingNode(obj.Select(p => KeyValuePair.Create<YamlNode, YamlNode>(Scalar(p.Key), ToYaml(p.Value)))),
        JsonArray array => new YamlSequenceNode(array.Select(ToYaml)),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => Scalar(value.GetValue<string>()),
        null => new YamlScalarNode("null") { Style = ScalarStyle.Plain },
        _ => new YamlScalarNode(node.ToJsonString()) { Style = ScalarStyle.Plain },
    };

    /// <summary>
    /// A string, plain where it reads back as the same string, else double-quoted. A lone surrogate, which no YAML
    /// emitter writes (and UTF-8 cannot hold), is written as U+FFFD, as encoding the text would.
    /// </summary>
    private static YamlScalarNode Scalar(string text) => new(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)))
    {
        Style = SafePlain().IsMatch(text) && Typed(text) is JsonValue typed && typed.GetValueKind() == JsonValueKind.String ? ScalarStyle.Any : ScalarStyle.DoubleQuoted,
    };

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex JsonNumber();

    [GeneratedRegex(@"^[A-Za-z]([A-Za-z0-9 _./-]*[A-Za-z0-9_./-])?$", RegexOptions.CultureInvariant)]
    private static partial Regex SafePlain();
}
