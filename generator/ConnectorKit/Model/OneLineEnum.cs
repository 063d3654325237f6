namespace ConnectorKit.Model;

/// <summary>
/// The type of a one-line property that is one of a few strings: <c>enum(a, b)</c> stands for <c>type: string</c> with
/// <c>enum: [a, b]</c>. Each value is a word: no comma, parenthesis, bar or outer space.
/// </summary>
public static class OneLineEnum
{
    private const string Start = "enum(";

    /// <summary>The values of <c>enum(a, b)</c>, or null for any other text.</summary>
    public static IReadOnlyList<string>? Values(string text)
    {
        if (!text.StartsWith(Start, StringComparison.Ordinal) || !text.EndsWith(')'))
        {
            return null;
        }

        var values = text[Start.Length..^1].Split(',', StringSplitOptions.TrimEntries);
        return values.All(IsValue) ? values : null;
    }

    /// <summary>The one-line type for the values, or null when one of them cannot be written so.</summary>
    public static string? Write(IReadOnlyList<string> values) =>
        values.Count > 0 && values.All(IsValue) ? $"{Start}{string.Join(", ", values)})" : null;

    private static bool IsValue(string value) =>
        value.Length > 0 && value.Trim() == value && value.IndexOfAny([',', '(', ')', '|', '\n']) < 0;
}
