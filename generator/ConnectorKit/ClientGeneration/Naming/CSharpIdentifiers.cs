using System.Globalization;
using System.Text;

namespace ConnectorKit.ClientGeneration.Naming;

/// <summary>
/// Turns any text (a JSON property, an operation id, a title) into a valid, idiomatic C# identifier: words are split on
/// punctuation and case changes, characters C# does not allow are dropped, a leading digit gets an underscore, keywords
/// an @, and very long names are cut and made unique again with a stable hash of the original.
/// </summary>
internal static class CSharpIdentifiers
{
    /// <summary>Longer names are cut to this length plus a hash; the compiler allows 512.</summary>
    public const int MaxLength = 96;

    public static string ToPascalCase(string? text, string fallback) => Finish(Words(text).Select(Capitalize), text, fallback);

    /// <summary>camelCase for parameters and locals, with an @ before keywords.</summary>
    public static string ToCamelCase(string? text, string fallback)
    {
        var pascal = ToPascalCase(text, fallback);
        var camel = pascal.StartsWith('_') ? pascal : LowerFirstWord(pascal);
        return CSharpKeywords.IsKeyword(camel) ? "@" + camel : camel;
    }

    private static string Finish(IEnumerable<string> words, string? original, string fallback)
    {
        var name = string.Concat(words);
        if (name.Length == 0 || name.All(c => c == '_'))
        {
            name = fallback;
        }

        if (!IsIdentifierStart(name[0]))
        {
            name = "_" + name;
        }

        if (name.Length > MaxLength)
        {
            name = name[..MaxLength] + "_" + StableHash(original ?? string.Empty);
        }

        return name;
    }

    /// <summary>Splits on anything that cannot be part of an identifier and before an upper-case letter that follows a lower-case one.</summary>
    private static IEnumerable<string> Words(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var word = new StringBuilder();
        var previous = '\0';
        foreach (var c in text)
        {
            if (!IsIdentifierPart(c))
            {
                if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }

                previous = '\0';
                continue;
            }

            if (word.Length > 0 && char.IsUpper(c) && (char.IsLower(previous) || char.IsDigit(previous)))
            {
                yield return word.ToString();
                word.Clear();
            }

            word.Append(c);
            previous = c;
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private static string Capitalize(string word)
    {
        // SHOUTING_WORDS become Shouting; short ones (ID, UI) stay as written.
        if (word.Length > 2 && word.All(c => !char.IsLower(c)) && word.Any(char.IsUpper))
        {
            word = word[0] + word[1..].ToLowerInvariant();
        }

        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    private static string LowerFirstWord(string pascal)
    {
        var upperRun = 0;
        while (upperRun < pascal.Length && char.IsUpper(pascal[upperRun]))
        {
            upperRun++;
        }

        // "ID" -> "id", "URLPath" -> "urlPath", "Name" -> "name".
        var lowered = upperRun <= 1 || upperRun == pascal.Length ? upperRun : upperRun - 1;
        return pascal[..Math.Max(lowered, 1)].ToLowerInvariant() + pascal[Math.Max(lowered, 1)..];
    }

    /// <summary>What C# allows to start an identifier: letters, letter numbers and the underscore.</summary>
    public static bool IsIdentifierStart(char c) => c == '_' || CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber => true,
        _ => false,
    };

    /// <summary>What may follow inside a word; formatting characters and connectors other than '_' are left out on purpose.</summary>
    private static bool IsIdentifierPart(char c) => IsIdentifierStart(c) && c != '_' || CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
        _ => false,
    };

    private static string StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
