using ConnectorKit.Definition;
using ConnectorKit.Runtime.Matching;

namespace ConnectorKit.Runtime.Forwarding;

/// <summary>
/// Where backend calls go. The definition's host and basePath (https when its schemes allow it) give the host URL;
/// dynamichosturl and dynamicsubdomain may replace it per call. <c>--backend</c> replaces only the origin (scheme, host
/// and port) of whatever host URL a call ends up with, last, so a connector's own host logic still runs and is logged
/// while its calls reach a local backend.
/// </summary>
public sealed class BackendAddress
{
    private Uri? _finalHostUrl;

    private BackendAddress(Uri? hostUrl, Uri? origin)
    {
        HostUrl = hostUrl;
        Origin = origin;
    }

    /// <summary>The definition's host URL, such as https://api.example.com/v1; null when the definition names no host.</summary>
    public Uri? HostUrl { get; }

    /// <summary>The <c>--backend</c> origin; null to call the hosts the connector names.</summary>
    public Uri? Origin { get; }

    public static BackendAddress For(SwaggerDocument swagger, Uri? backendOrigin)
    {
        var schemes = swagger.Node["schemes"]?.AsArray().Select(s => s?.ToString()).ToList() ?? [];
        var scheme = schemes.Count == 0 || schemes.Contains("https") ? "https" : "http";
        var basePath = OperationTable.NormaliseBasePath(swagger.BasePath);
        var host = swagger.Host;
        Uri? hostUrl = null;
        if (!string.IsNullOrWhiteSpace(host) && Uri.TryCreate($"{scheme}://{host}{basePath}", UriKind.Absolute, out var parsed))
        {
            hostUrl = parsed;
        }
        else if (backendOrigin is not null)
        {
            hostUrl = new Uri(backendOrigin.GetLeftPart(UriPartial.Authority) + basePath, UriKind.Absolute);
        }

        return new BackendAddress(hostUrl, backendOrigin);
    }

    /// <summary>The host URL with its origin replaced by <c>--backend</c>'s, when given.</summary>
    public Uri Final(Uri hostUrl)
    {
        if (Origin is null)
        {
            return hostUrl;
        }

        // Most calls keep the definition's host URL: its final address is built once.
        if (ReferenceEquals(hostUrl, HostUrl))
        {
            return _finalHostUrl ??= Replace(hostUrl);
        }

        return Replace(hostUrl);
    }

    private Uri Replace(Uri hostUrl) => new(Origin!.GetLeftPart(UriPartial.Authority) + hostUrl.AbsolutePath.TrimEnd('/'), UriKind.Absolute);
}
