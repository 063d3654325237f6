using System.Net;

namespace ConnectorKit.ScriptHost.Protocol;

/// <summary>Turns <see cref="HttpRequestMessage"/> and <see cref="HttpResponseMessage"/> into wire records and back.</summary>
public static class WireMessages
{
    public static async Task<WireRequest> ToWireAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no address.");
        return new WireRequest(request.Method.Method, uri.AbsoluteUri, Headers(request.Headers, request.Content?.Headers), body);
    }

    public static async Task<WireResponse> ToWireAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = response.Content is null ? null : await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return new WireResponse((int)response.StatusCode, Headers(response.Headers, response.Content?.Headers), body);
    }

    public static HttpRequestMessage ToMessage(WireRequest wire)
    {
        var request = new HttpRequestMessage(new HttpMethod(wire.Method), new Uri(wire.Uri, UriKind.Absolute));
        if (wire.Body is not null)
        {
            request.Content = new ByteArrayContent(wire.Body);
        }

        foreach (var header in wire.Headers)
        {
            if (!request.Headers.TryAddWithoutValidation(header.Name, header.Value))
            {
                request.Content ??= new ByteArrayContent([]);
                request.Content.Headers.TryAddWithoutValidation(header.Name, header.Value);
            }
        }

        return request;
    }

    public static HttpResponseMessage ToMessage(WireResponse wire)
    {
        var response = new HttpResponseMessage((HttpStatusCode)wire.Status) { Content = new ByteArrayContent(wire.Body ?? []) };
        foreach (var header in wire.Headers)
        {
            if (!response.Headers.TryAddWithoutValidation(header.Name, header.Value))
            {
                response.Content.Headers.TryAddWithoutValidation(header.Name, header.Value);
            }
        }

        return response;
    }

    private static List<WireHeader> Headers(System.Net.Http.Headers.HttpHeaders headers, System.Net.Http.Headers.HttpHeaders? contentHeaders) =>
        [.. headers.Concat(contentHeaders ?? (IEnumerable<KeyValuePair<string, IEnumerable<string>>>)[])
            .SelectMany(h => h.Value.Select(v => new WireHeader(h.Key, v)))];
}
