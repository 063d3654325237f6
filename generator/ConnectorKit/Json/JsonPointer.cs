using System.Text;

namespace ConnectorKit.Json;

/// <summary>RFC 6901 JSON pointers: every finding about a JSON file says where it is with one.</summary>
public static class JsonPointer
{
    public const string Root = "";

    public static string Append(string pointer, string token) => pointer + "/" + Escape(token);

    public static string Append(string pointer, int index) => pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Unescape(string token) => token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    public static IReadOnlyList<string> Split(string pointer) =>
        pointer.Length == 0 ? [] : [.. pointer[1..].Split('/').Select(Unescape)];

    public static string Join(IEnumerable<string> tokens)
    {
        var builder = new StringBuilder();
        foreach (var token in tokens)
        {
            builder.Append('/').Append(Escape(token));
        }

        return builder.ToString();
    }

    /// <summary>The pointer, then each pointer above it up to the root.</summary>
    public static IEnumerable<string> SelfAndAncestors(string pointer)
    {
        for (string? current = pointer; current is not null; current = Parent(current))
        {
            yield return current;
        }
    }

    /// <summary>The pointer one level up, or null at the root.</summary>
    public static string? Parent(string pointer)
    {
        if (pointer.Length == 0)
        {
            return null;
        }

        return pointer[..pointer.LastIndexOf('/')];
    }
}
