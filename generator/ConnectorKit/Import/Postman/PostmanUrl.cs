using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Import.Postman;

/// <summary>One query entry of a request's URL.</summary>
internal sealed record PostmanQuery(string Key, string? Value, string? Description, bool Disabled, int Index);

/// <summary>
/// A request's URL, from its v2.1 object (<c>protocol</c>, <c>host</c>, <c>path</c>, <c>query</c>, <c>variable</c>) or
/// its v2.0 string, with the collection's variables resolved: the scheme and host, the path in Swagger's template form
/// (<c>:id</c> and an unresolved <c>{{id}}</c> segment become <c>{id}</c>), and the query entries.
/// </summary>
internal sealed record PostmanUrl(string? Scheme, string? Host, string Path, IReadOnlyList<string> PathParameters, IReadOnlyList<PostmanQuery> Query, IReadOnlyDictionary<string, string?> VariableDescriptions)
{
    public static PostmanUrl Parse(JsonNode? url, PostmanValues values)
    {
        var raw = values.Resolve(url.StringOrNull() ?? url.Child("raw").StringOrNull() ?? string.Empty);
        string? scheme;
        string? host;
        IEnumerable<string> segments;
        List<PostmanQuery> query;
        if (url is JsonObject parts && (parts["host"] is not null || parts["path"] is not null))
        {
            scheme = PostmanValues.Scalar(parts["protocol"]);
            host = values.Resolve(Join(parts["host"], ".")) + (PostmanValues.Scalar(parts["port"]) is { } port ? ":" + port : string.Empty);
            segments = Split(parts["path"]).Select(values.Resolve);
            query = [.. (parts["query"].ArrayOrNull() ?? []).Select((q, i) => ReadQuery(q, i, values))];
        }
        else
        {
            (scheme, host, segments, query) = FromRaw(raw);
        }

        // The host of a raw URL may carry a base path ("{{baseUrl}}" resolved to https://api.example.com/v1).
        if (host is not null && FromRaw(host.Contains("://", StringComparison.Ordinal) ? host : "x://" + host) is var (hostScheme, bareHost, hostPath, _) && hostPath.Any())
        {
            scheme ??= hostScheme == "x" ? null : hostScheme;
            host = bareHost;
            segments = hostPath.Concat(segments);
        }

        var parameters = new List<string>();
        var path = "/" + string.Join('/', segments.Where(s => s.Length > 0).Select(s => Template(s, parameters)));
        var descriptions = (url.Child("variable").ArrayOrNull() ?? [])
            .Where(v => (v.Child("key") ?? v.Child("id")).StringOrNull() is not null)
            .GroupBy(v => (v.Child("key") ?? v.Child("id")).StringOrNull()!)
            .ToDictionary(g => g.Key, g => PostmanValues.Text(g.First().Child("description")), StringComparer.Ordinal);
        return new PostmanUrl(scheme, string.IsNullOrEmpty(host) ? null : host, path, parameters, query, descriptions);
    }

    private static string Template(string segment, List<string> parameters)
    {
        var name = segment.StartsWith(':') ? segment[1..] : PostmanValues.WholeVariable(segment);
        if (name is null)
        {
            return segment;
        }

        parameters.Add(name);
        return "{" + name + "}";
    }

    private static PostmanQuery ReadQuery(JsonNode? entry, int index, PostmanValues values) => new(
        entry.Child("key").StringOrNull() ?? string.Empty,
        PostmanValues.Scalar(entry.Child("value")) is { } value ? values.Resolve(value) : null,
        PostmanValues.Text(entry.Child("description")),
        entry.Child("disabled").BooleanOrNull() == true,
        index);

    private static (string? Scheme, string? Host, IEnumerable<string> Segments, List<PostmanQuery> Query) FromRaw(string raw)
    {
        var text = raw;
        string? scheme = null;
        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd > 0)
        {
            scheme = text[..schemeEnd];
            text = text[(schemeEnd + 3)..];
        }

        var queryStart = text.IndexOf('?', StringComparison.Ordinal);
        var queryText = queryStart >= 0 ? text[(queryStart + 1)..] : string.Empty;
        text = queryStart >= 0 ? text[..queryStart] : text;
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        text = hash >= 0 ? text[..hash] : text;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var host = slash >= 0 ? text[..slash] : text;
        var path = slash >= 0 ? text[(slash + 1)..] : string.Empty;
        var query = queryText.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select((pair, i) => pair.Split('=', 2) is var kv ? new PostmanQuery(Uri.UnescapeDataString(kv[0]), kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : null, null, false, i) : null!)
            .ToList();
        return (scheme, host, path.Split('/'), query);
    }

    private static string Join(JsonNode? node, string separator) => node switch
    {
        JsonArray parts => string.Join(separator, parts.Select(PostmanValues.Scalar)),
        _ => PostmanValues.Scalar(node) ?? string.Empty,
    };

    private static IEnumerable<string> Split(JsonNode? node) => node switch
    {
        JsonArray parts => parts.Select(p => PostmanValues.Scalar(p) ?? PostmanValues.Scalar(p.Child("value")) ?? string.Empty),
        _ => (PostmanValues.Scalar(node) ?? string.Empty).Split('/'),
    };
}
