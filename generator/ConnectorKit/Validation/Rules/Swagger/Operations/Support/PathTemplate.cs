using System.Text.RegularExpressions;

namespace ConnectorKit.Validation.Rules.Swagger.Operations.Support;

/// <summary>Reads Swagger path templates such as <c>/sites/{siteId}/lists</c>.</summary>
internal static partial class PathTemplate
{
    /// <summary>A segment standing for one path variable only (<c>{id}</c>), which matches any value.</summary>
    public const string AnyValue = "{}";

    /// <summary>The variable names, in order, without braces.</summary>
    public static IReadOnlyList<string> Variables(string path) => [.. Variable().Matches(path).Select(m => m.Groups[1].Value)];

    /// <summary>True when every brace opens and closes one variable within a single segment.</summary>
    public static bool IsWellFormed(string path)
    {
        var open = false;
        foreach (var character in path)
        {
            switch (character)
            {
                case '{' when open:
                case '}' when !open:
                case '/' when open:
                    return false;
                case '{':
                    open = true;
                    break;
                case '}':
                    open = false;
                    break;
            }
        }

        return !open;
    }

    /// <summary>
    /// The segments with each variable written as <see cref="AnyValue"/>, compared case-insensitively by callers,
    /// so two templates routing the same requests have the same shape.
    /// </summary>
    public static IReadOnlyList<string> Shape(string path) =>
        [.. path.Split('/').Skip(path.StartsWith('/') ? 1 : 0).Select(segment => Variable().Replace(segment, AnyValue))];

    [GeneratedRegex(@"\{([^{}/]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Variable();
}
