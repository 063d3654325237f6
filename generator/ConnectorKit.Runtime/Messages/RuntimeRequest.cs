using System.Text;

namespace ConnectorKit.Runtime.Messages;

/// <summary>
/// The request on its way to the backend, as the pipeline shapes it: the base URL (scheme, host and basePath, which
/// dynamichosturl replaces), the operation path with its values (routerequesttoendpoint replaces it), the query
/// (decoded values), the headers and the body.
/// </summary>
public sealed class RuntimeRequest
{
    public required string Method { get; set; }

    /// <summary>Scheme, host, port and basePath, without a trailing slash.</summary>
    public required Uri BaseUrl { get; set; }

    /// <summary>The path below the base URL, starting with '/', its parameter values already URL-encoded.</summary>
    public required string Path { get; set; }

    public List<KeyValuePair<string, string>> Query { get; } = [];

    public HeaderList Headers { get; } = new();

    public MessageBody Body { get; } = new();

    /// <summary>The first value of a query parameter, or null.</summary>
    public string? QueryValue(string name) => Query.FirstOrDefault(q => q.Key == name) is { Key: not null } found ? found.Value : null;

    public void SetQuery(string name, string value)
    {
        var index = Query.FindIndex(q => q.Key == name);
        Query.RemoveAll(q => q.Key == name);
        Query.Insert(index < 0 ? Query.Count : Math.Min(index, Query.Count), new(name, value));
    }

    /// <summary>Where the request goes: base URL, path and query.</summary>
    public Uri Address
    {
        get
        {
            var text = new StringBuilder(BaseUrl.AbsoluteUri.TrimEnd('/'));
            text.Append(Path.StartsWith('/') ? Path : "/" + Path);
            for (var i = 0; i < Query.Count; i++)
            {
                text.Append(i == 0 ? '?' : '&').Append(Uri.EscapeDataString(Query[i].Key)).Append('=').Append(Uri.EscapeDataString(Query[i].Value));
            }

            return new Uri(text.ToString(), UriKind.Absolute);
        }
    }

    /// <summary>Points the request at an absolute address: its origin becomes the base URL, its path and query the rest.</summary>
    public void SetAddress(Uri address)
    {
        BaseUrl = new Uri(address.GetLeftPart(UriPartial.Authority), UriKind.Absolute);
        Path = address.AbsolutePath;
        Query.Clear();
        Query.AddRange(QueryText.Parse(address.Query));
    }
}
