namespace ConnectorKit.Runtime.Messages;

/// <summary>HTTP headers in the order they came, names compared without case, a name allowed more than once.</summary>
public sealed class HeaderList
{
    private readonly List<KeyValuePair<string, string>> _headers = [];

    public IReadOnlyList<KeyValuePair<string, string>> All => _headers;

    /// <summary>The values of a header joined by commas (as HTTP reads repeated headers), or null when absent.</summary>
    public string? Get(string name)
    {
        var values = _headers.Where(h => Is(h.Key, name)).Select(h => h.Value).ToList();
        return values.Count == 0 ? null : string.Join(",", values);
    }

    public bool Contains(string name) => _headers.Any(h => Is(h.Key, name));

    /// <summary>Replaces every value of the header with this one.</summary>
    public void Set(string name, string value)
    {
        var index = _headers.FindIndex(h => Is(h.Key, name));
        Remove(name);
        _headers.Insert(index < 0 ? _headers.Count : Math.Min(index, _headers.Count), new(name, value));
    }

    public void Add(string name, string value) => _headers.Add(new(name, value));

    public bool Remove(string name) => _headers.RemoveAll(h => Is(h.Key, name)) > 0;

    private static bool Is(string left, string right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);
}
