namespace ConnectorKit.Runtime.Messages;

/// <summary>Reads a query string into decoded name and value pairs, in order.</summary>
public static class QueryText
{
    public static IEnumerable<KeyValuePair<string, string>> Parse(string query)
    {
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? pair : pair[..equals];
            var value = equals < 0 ? string.Empty : pair[(equals + 1)..];
            yield return new(Decode(name), Decode(value));
        }
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
