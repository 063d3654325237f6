using System.Globalization;
using System.Text;
using CsCheck;

namespace ConnectorKit.Tests.Robustness.Fuzzing;

internal enum TextEditKind
{
    Insert,
    Delete,
    Replace,
    Truncate,
    RepeatLine,
}

/// <summary>One edit of a file's bytes at <see cref="Position"/> (modulo the length), so it applies to any file.</summary>
internal sealed record TextEdit(TextEditKind Kind, int Position, int Length, byte[] Snippet)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Kind}(at {Position}, length {Length}, '{Encoding.UTF8.GetString(Snippet[..Math.Min(Snippet.Length, 60)])}' ({Snippet.Length} bytes))");
}

/// <summary>
/// Byte-level mangling of a file: fragments of its syntax (and bytes that are not UTF-8) inserted or written over it,
/// parts deleted, the file cut short, a line repeated.
/// </summary>
internal static class TextMangler
{
    private static readonly string[] CommonSnippets =
    [
        "\t", "\0", "\u00A0", "\uFEFF", "\r", "\r\n", "\n", "\"", "'", "\\", "#", "\u2028", "\U0001F600", "{", "}", "[", "]", ",", ":",
    ];

    private static readonly byte[][] InvalidUtf8 = [[0x93], [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0x00, 0x00], [0xFE, 0xFF]];

    public static readonly string[] JsonSnippets =
    [
        .. CommonSnippets, "\\u12", "\\ud800", "\\x41", "/*", "*/", "//", ",}", ",]", "1e999", "-", "NaN", "Infinity", "true", "nul",
        "\"a\":", "\"$ref\": \"#\"", "\"$ref\": \"#/definitions\"", "{\"a\":1,\"a\":2}", "0x1F", "01", ".5", "+1",
        new string('[', 100), string.Concat(Enumerable.Repeat("{\"a\":", 100)),
    ];

    public static readonly string[] YamlSnippets =
    [
        .. CommonSnippets, ": ", "- ", "&a ", "*a", "*undefined", "<<: *a", "!!str ", "!!binary ", "!custom ", "!!map ", "? ", "---\n", "...\n",
        "%YAML 1.1\n", "%TAG ! tag:example.com,2000:\n", "|", ">-", "|+\n", "\n  ", "\n- ", "\n    ", "key: value", "~", "null", "0x1F",
        "0o17", ".inf", "-.nan", "2001-12-14", "@", "`", "%", "{a: ", new string('[', 200), string.Concat(Enumerable.Repeat("- ", 200)),
    ];

    public static Gen<TextEdit> Edits(string[] snippets) => Gen.Select(
        Gen.Frequency((4, Gen.Const(TextEditKind.Insert)), (2, Gen.Const(TextEditKind.Replace)), (2, Gen.Const(TextEditKind.Delete)),
            (1, Gen.Const(TextEditKind.Truncate)), (1, Gen.Const(TextEditKind.RepeatLine))),
        Gen.Int[0, 1_000_000],
        Gen.Int[1, 40],
        Gen.Frequency(
            (6, Gen.OneOf(snippets).Select(Encoding.UTF8.GetBytes)),
            (2, Gen.OneOf(InvalidUtf8)),
            (1, Gen.String.Select(Encoding.UTF8.GetBytes)),
            (1, Gen.Byte.Array[1, 8])),
        (kind, position, length, snippet) => new TextEdit(kind, position, length, snippet));

    public static byte[] Apply(byte[] content, IEnumerable<TextEdit> edits)
    {
        var bytes = content.ToList();
        foreach (var edit in edits)
        {
            var at = bytes.Count == 0 ? 0 : edit.Position % (bytes.Count + 1);
            var length = Math.Min(edit.Length, bytes.Count - at);
            switch (edit.Kind)
            {
                case TextEditKind.Insert:
                    bytes.InsertRange(at, edit.Snippet);
                    break;
                case TextEditKind.Replace:
                    bytes.RemoveRange(at, length);
                    bytes.InsertRange(at, edit.Snippet);
                    break;
                case TextEditKind.Delete:
                    bytes.RemoveRange(at, length);
                    break;
                case TextEditKind.Truncate:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    RepeatLine(bytes, at, 1 + (edit.Length % 3));
                    break;
            }
        }

        return [.. bytes];
    }

    /// <summary>Repeats the line holding byte <paramref name="at"/> (a duplicate key, a duplicate list item).</summary>
    private static void RepeatLine(List<byte> bytes, int at, int times)
    {
        var start = at;
        while (start > 0 && bytes[start - 1] != (byte)'\n')
        {
            start--;
        }

        var end = at;
        while (end < bytes.Count && bytes[end] != (byte)'\n')
        {
            end++;
        }

        var line = bytes.GetRange(start, Math.Min(end + 1, bytes.Count) - start);
        for (var i = 0; i < times; i++)
        {
            bytes.InsertRange(start, line);
        }
    }
}
