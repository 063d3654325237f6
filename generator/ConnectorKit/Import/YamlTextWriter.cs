using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ConnectorKit.Import;

/// <summary>
/// Writes a YAML-shaped JSON tree as model YAML that the loader reads back to the same JSON values: strings the loader
/// would type (true, 12, null, ...) are quoted, numbers keep their text, multi-line text becomes a literal block, and
/// short lists of scalars are written inline.
/// </summary>
public static partial class YamlTextWriter
{
    private const int InlineListWidth = 72;

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(JsonObject document, IReadOnlyList<string>? headerComments = null)
    {
        var text = new StringWriter { NewLine = "\n" };
        var emitter = new Emitter(text, 2, int.MaxValue, false);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        foreach (var comment in headerComments ?? [])
        {
            emitter.Emit(new Comment(comment, false));
        }

        WriteNode(emitter, document);
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        return text.ToString().ReplaceLineEndings("\n");
    }

    /// <summary>A value as model YAML on one line, in flow style (<c>{ list: true }</c>, <c>[a, b]</c>), as messages quote it.</summary>
    public static string Inline(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Count == 0 ? "{}" : "{ " + string.Join(", ", obj.Select(p => InlineString(p.Key) + ": " + Inline(p.Value))) + " }",
        JsonArray array => "[" + string.Join(", ", array.Select(Inline)) + "]",
        JsonValue value when value.GetValueKind() == JsonValueKind.String => InlineString(value.GetValue<string>()),
        _ => node?.ToJsonString() ?? "null",
    };

    /// <summary>Plain when the loader reads it back as the same string in a flow collection, else double-quoted (JSON escapes are YAML escapes).</summary>
    private static string InlineString(string text) =>
        !ReadsAsTyped(text) && InlinePlain().IsMatch(text) ? text : JsonSerializer.Serialize(text, Relaxed);

    private static void WriteNode(IEmitter emitter, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                emitter.Emit(new MappingStart(null, null, true, obj.Count == 0 || IsInlineMapping(obj) ? MappingStyle.Flow : MappingStyle.Block));
                foreach (var (key, value) in obj)
                {
                    WriteString(emitter, key);
                    WriteNode(emitter, value);
                }

                emitter.Emit(new MappingEnd());
                break;
            case JsonArray array:
                emitter.Emit(new SequenceStart(null, null, true, IsInlineList(array) ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in array)
                {
                    WriteNode(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                WriteString(emitter, value.GetValue<string>());
                break;
            default:
                // null, true, false and numbers, written as their JSON text so 1.0 stays 1.0.
                emitter.Emit(new Scalar(null, null, node?.ToJsonString() ?? "null", ScalarStyle.Plain, true, false));
                break;
        }
    }

    private static void WriteString(IEmitter emitter, string text)
    {
        var style = ReadsAsTyped(text) ? ScalarStyle.DoubleQuoted
            : text.Contains('\n', StringComparison.Ordinal) ? (FitsLiteralBlock(text) ? ScalarStyle.Literal : ScalarStyle.DoubleQuoted)
            : NeedsEscapes(text) ? ScalarStyle.DoubleQuoted
            : ScalarStyle.Any;
        emitter.Emit(new Scalar(null, null, text, style, true, true));
    }

    /// <summary>Unquoted, the loader would read this text as null, a boolean or a number (see Loading/RawJsonConverter).</summary>
    private static bool ReadsAsTyped(string text) =>
        text is "" or "~" or "null" or "Null" or "NULL" or "true" or "True" or "TRUE" or "false" or "False" or "FALSE"
        || JsonNumber().IsMatch(text);

    /// <summary>A literal block keeps text exactly only when no line has leading or trailing blanks and all is printable.</summary>
    private static bool FitsLiteralBlock(string text) =>
        !NeedsEscapes(text.Replace("\n", string.Empty, StringComparison.Ordinal))
        && text.Split('\n').All(line => line.Length == 0 || (!char.IsWhiteSpace(line[0]) && !char.IsWhiteSpace(line[^1])))
        && !text.StartsWith('\n');

    private static bool NeedsEscapes(string text) => text.Any(c => char.IsControl(c) || char.IsSurrogate(c) || c is '\uFEFF' or '\u2028' or '\u2029' or '\u0085');

    private static bool IsInlineList(JsonArray array) =>
        array.Count == 0
        || (array.All(item => item is JsonValue value && value.GetValueKind() == JsonValueKind.String && SafeInline().IsMatch(value.GetValue<string>()))
            && array.Sum(item => item!.GetValue<string>().Length + 2) <= InlineListWidth);

    /// <summary>One key with a short word as its value (<c>{ $ref: Item }</c>, <c>{ type: string }</c>) fits on the line of its key.</summary>
    private static bool IsInlineMapping(JsonObject obj) =>
        obj.Count == 1
        && obj.First() is var (key, value)
        && SafeInlineKey().IsMatch(key)
        && value is JsonValue scalar && scalar.GetValueKind() == JsonValueKind.String && SafeInline().IsMatch(scalar.GetValue<string>())
        && !ReadsAsTyped(scalar.GetValue<string>())
        && key.Length + scalar.GetValue<string>().Length <= InlineListWidth;

    [GeneratedRegex(@"^\$?[A-Za-z_][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeInlineKey();

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex JsonNumber();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_./@-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeInline();

    [GeneratedRegex(@"^[A-Za-z_$][A-Za-z0-9_./@$-]*( [A-Za-z0-9_./@$-]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex InlinePlain();
}
