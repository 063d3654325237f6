using System.Text;

namespace ConnectorKit.Import.Conversion;

/// <summary>
/// Operation ids and summaries as a connector wants them: ids PascalCase letters and digits, unique; summaries short
/// (the certification limit is 80 characters), without '/', ending with a letter or digit. Each id given out is
/// remembered so later ones stay unique.
/// </summary>
internal sealed class OperationNames
{
    public const int SummaryLimit = 80;

    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Takes <paramref name="id"/>, or it with the first free number after it.</summary>
    public string Claim(string id)
    {
        var candidate = id;
        for (var number = 2; !_used.Add(candidate); number++)
        {
            candidate = id + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    /// <summary>The words of a text, each starting upper case, joined; null when it has no letter or digit.</summary>
    public static string? PascalCase(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var builder = new StringBuilder();
        foreach (var word in Words(text))
        {
            builder.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
        }

        if (builder.Length == 0)
        {
            return null;
        }

        return char.IsAsciiDigit(builder[0]) ? "Operation" + builder : builder.ToString();
    }

    /// <summary>An id from the method and path when the source gives none: <c>GET /pets/{id}</c> is <c>GetPetsById</c>.</summary>
    public static string FromRoute(string method, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.StartsWith('{') || s.StartsWith(':') ? "By " + s.Trim('{', '}', ':') : s);
        return PascalCase(method.ToLowerInvariant() + " " + string.Join(' ', segments)) ?? "Operation";
    }

    /// <summary>A readable summary from an id: <c>ListDataSets</c> is "List data sets".</summary>
    public static string SummaryOf(string operationId)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < operationId.Length; i++)
        {
            var c = operationId[i];
            var wordStart = i > 0 && char.IsUpper(c) && (char.IsLower(operationId[i - 1]) || (i + 1 < operationId.Length && char.IsLower(operationId[i + 1])));
            if (wordStart)
            {
                builder.Append(' ');
            }

            builder.Append(i == 0 ? char.ToUpperInvariant(c) : wordStart && !IsAcronymAt(operationId, i) ? char.ToLowerInvariant(c) : c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The summary a connector can show for <paramref name="summary"/>: null when it is fine as it is; otherwise the
    /// fixed one and why (a '/' read as "or", trailing punctuation dropped, a text over the limit replaced by <paramref name="fallback"/>).
    /// </summary>
    public static (string Summary, string Reason)? Fix(string summary, string fallback)
    {
        var text = summary.Trim();
        var reasons = new List<string>();
        if (text.Length > SummaryLimit)
        {
            return (fallback, $"the summary has {text.Length} characters (the limit is {SummaryLimit})");
        }

        if (text.Contains('/', StringComparison.Ordinal))
        {
            text = string.Join(' ', text.Replace("/", " or ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries));
            reasons.Add("a summary may not hold '/'");
        }

        var trimmed = text.TrimEnd('.', '!', '?', ':', ';', ',', ' ');
        if (trimmed.Length > 0 && trimmed != text)
        {
            text = trimmed;
            reasons.Add("a summary ends with a letter or digit");
        }

        return reasons.Count == 0 ? null : (text, string.Join(", and ", reasons));
    }

    private static bool IsAcronymAt(string text, int index) => index + 1 < text.Length && char.IsUpper(text[index + 1]);

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
