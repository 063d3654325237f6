namespace ConnectorKit.Documentation;

/// <summary>Text made safe for where it lands in Markdown.</summary>
internal static class MarkdownText
{
    /// <summary>One table cell: a single line with the pipes escaped; an em dash for nothing.</summary>
    public static string Cell(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "—";
        }

        var oneLine = string.Join(' ', text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return oneLine.Replace("|", "\\|", StringComparison.Ordinal);
    }

    /// <summary>A block the author wrote: LF line ends, no trailing blank lines; null when there is nothing.</summary>
    public static string? Block(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.ReplaceLineEndings("\n").TrimEnd();

    /// <summary>The anchor GitHub gives a heading made of an identifier.</summary>
    public static string Anchor(string heading) =>
        new([.. heading.ToLowerInvariant().Select(c => c == ' ' ? '-' : c).Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')]);
}
