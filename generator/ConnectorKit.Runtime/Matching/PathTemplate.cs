using System.Text;
using System.Text.RegularExpressions;
using ConnectorKit.Runtime.Messages;

namespace ConnectorKit.Runtime.Matching;

/// <summary>
/// A Swagger path key as a matcher: literal text matched without case, each <c>{name}</c> one or more characters of a
/// segment. A key with a query part (<c>/items?kind=book</c>, which some connectors use to give one path several
/// operations) also needs those query values. Templates with more literal text win over vaguer ones.
/// </summary>
public sealed class PathTemplate
{
    private static readonly Regex Placeholder = new(@"\{([^{}/]+)\}", RegexOptions.CultureInvariant);

    private readonly Regex _pattern;
    private readonly IReadOnlyList<string> _names;
    private readonly IReadOnlyList<KeyValuePair<string, string>> _fixedQuery;

    public PathTemplate(string key)
    {
        Text = key;
        var question = key.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? key : key[..question];
        _fixedQuery = question < 0 ? [] : [.. QueryText.Parse(key[(question + 1)..])];
        var names = new List<string>();
        var pattern = new StringBuilder("^");
        var last = 0;
        foreach (Match placeholder in Placeholder.Matches(path))
        {
            pattern.Append(Regex.Escape(path[last..placeholder.Index])).Append("([^/]+)");
            names.Add(placeholder.Groups[1].Value);
            last = placeholder.Index + placeholder.Length;
        }

        pattern.Append(Regex.Escape(path[last..].TrimEnd('/'))).Append("/?$");
        _pattern = new Regex(pattern.ToString(), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        _names = names;
        LiteralLength = Placeholder.Replace(path, string.Empty).Length + _fixedQuery.Count;
    }

    /// <summary>The path key as the definition writes it.</summary>
    public string Text { get; }

    /// <summary>How much literal text the template holds: the more, the more specific.</summary>
    public int LiteralLength { get; }

    public int ParameterCount => _names.Count;

    /// <summary>The raw (still URL-encoded) value of each placeholder when the path matches; null otherwise.</summary>
    public IReadOnlyDictionary<string, string>? Match(string rawPath, IReadOnlyList<KeyValuePair<string, string>> query)
    {
        var match = _pattern.Match(rawPath.Length == 0 ? "/" : rawPath);
        if (!match.Success || _fixedQuery.Any(f => !query.Contains(f)))
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < _names.Count; i++)
        {
            values[_names[i]] = match.Groups[i + 1].Value;
        }

        return values;
    }

    /// <summary>The path with each placeholder replaced by its (already encoded) value, without the key's query part.</summary>
    public string Expand(IReadOnlyDictionary<string, string> encodedValues)
    {
        var question = Text.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? Text : Text[..question];
        return Placeholder.Replace(path, m => encodedValues.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);
    }

    /// <summary>The query values the key itself fixes.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> FixedQuery => _fixedQuery;
}
