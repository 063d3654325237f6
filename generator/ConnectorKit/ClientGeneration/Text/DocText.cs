using System.Globalization;
using System.Text;

namespace ConnectorKit.ClientGeneration.Text;

/// <summary>
/// Makes free text safe inside <c>///</c> XML documentation: every character that could end the comment line (CR, LF,
/// U+0085, U+2028, U+2029) splits lines instead, XML specials are escaped, control, bidirectional-override and lone
/// surrogate characters are dropped, so no description can close the comment or inject code.
/// </summary>
internal static class DocText
{
    /// <summary>
    /// The lines of the text as they follow <c>///</c>: each trimmed, escaped and led by a space (blank lines stay empty);
    /// none when the text has nothing to show.
    /// </summary>
    public static IReadOnlyList<string> Lines(string? text) => [.. RawLines(text).Select(l => l.Length == 0 ? l : " " + l)];

    /// <summary>One line: the text's lines joined by spaces (for a param or a short summary).</summary>
    public static string Line(string? text) => string.Join(" ", RawLines(text).Where(l => l.Length > 0));

    private static IReadOnlyList<string> RawLines(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var lines = new List<string>();
        var line = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsLineBreak(c))
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                lines.Add(line.ToString().Trim());
                line.Clear();
                continue;
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    line.Append(c).Append(text[++i]);
                }

                continue;
            }

            AppendEscaped(line, c);
        }

        lines.Add(line.ToString().Trim());
        return Collapse(lines);
    }

    private static void AppendEscaped(StringBuilder line, char c)
    {
        switch (c)
        {
            case '&': line.Append("&amp;"); break;
            case '<': line.Append("&lt;"); break;
            case '>': line.Append("&gt;"); break;
            case '\t': line.Append(' '); break;
            default:
                if (!IsDropped(c))
                {
                    line.Append(c);
                }

                break;
        }
    }

    private static bool IsLineBreak(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>Control characters are invalid in XML; format characters (bidi overrides, zero-width) can hide code from a reader.</summary>
    private static bool IsDropped(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned
        || c is '\uFFFE' or '\uFFFF';

    /// <summary>Drops leading and trailing blank lines and runs of blank lines.</summary>
    private static IReadOnlyList<string> Collapse(List<string> lines)
    {
        var result = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length == 0 && (result.Count == 0 || result[^1].Length == 0))
            {
                continue;
            }

            result.Add(line);
        }

        while (result.Count > 0 && result[^1].Length == 0)
        {
            result.RemoveAt(result.Count - 1);
        }

        return result;
    }
}
