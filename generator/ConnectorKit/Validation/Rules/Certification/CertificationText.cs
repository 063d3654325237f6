using System.Text.RegularExpressions;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Certification;

/// <summary>
/// What certification asks of a connector's words (Learn, "Connector string guidance" and "Certification submission"):
/// a title of at most 30 characters that ends in a letter or digit and avoids the words API, Connector and Power
/// Platform product names; a description of 30 to 500 characters; both in English; summaries that end in a letter or
/// digit and descriptions that end in punctuation.
/// </summary>
internal static partial class CertificationText
{
    public const int TitleMaxLength = 30;
    public const int DescriptionMinLength = 30;
    public const int DescriptionMaxLength = 500;

    public const string TitlePointer = "/info/title";
    public const string DescriptionPointer = "/info/description";

    /// <summary>Power Platform product names a connector's title and description must not use.</summary>
    public static IReadOnlyList<string> ProductNames { get; } =
    [
        "Power Platform", "Power Apps", "PowerApps", "Power Automate", "Microsoft Flow", "Power BI", "Power Pages",
        "Power Virtual Agents", "Copilot Studio", "Logic Apps", "Dataverse",
    ];

    /// <summary>Words a title must not use besides the product names.</summary>
    private static IReadOnlyList<string> TitleWords { get; } = ["API", "APIs", "Connector", "Connectors"];

    public static string? Title(ValidationContext context) => context.Definition.ApiDefinition.Child("info").Child("title").StringOrNull();

    public static string? Description(ValidationContext context) => context.Definition.ApiDefinition.Child("info").Child("description").StringOrNull();

    /// <summary>The restricted words in a title, whole words, ignoring case.</summary>
    public static IReadOnlyList<string> RestrictedWords(string title) => FindWords(title, TitleWords.Concat(ProductNames));

    /// <summary>The whole words or names of <paramref name="words"/> that occur in the text, ignoring case.</summary>
    public static IReadOnlyList<string> FindWords(string text, IEnumerable<string> words) =>
        [.. words.Where(w => Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(w)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))];

    /// <summary>
    /// A heuristic for "not English": a letter of a non-Latin script (beyond Latin Extended-B, U+024F). Accented Latin
    /// letters, as in brand names, pass; so do symbols and punctuation. It never judges Latin-script text.
    /// </summary>
    public static char? NonLatinLetter(string text) =>
        text.FirstOrDefault(c => c > '\u024F' && char.IsLetter(c)) is var letter && letter != default ? letter : null;

    /// <summary>
    /// Whether the text ends with a letter or digit, or with a parenthesised label such as "(Preview)" or
    /// "(Independent Publisher)", which certification itself prescribes.
    /// </summary>
    public static bool EndsAlphanumeric(string text)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.EndsWith(')') && ParenthesizedEnding().IsMatch(trimmed))
        {
            return true;
        }

        return trimmed.Length > 0 && char.IsLetterOrDigit(trimmed[^1]);
    }

    public static bool EndsWithPunctuation(string text)
    {
        var trimmed = text.TrimEnd().TrimEnd(')', '"', '\'', '*', '`');
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or ':';
    }

    [GeneratedRegex(@"\([\p{L}\p{N}][^()]*[\p{L}\p{N}]\)$", RegexOptions.CultureInvariant)]
    private static partial Regex ParenthesizedEnding();
}
