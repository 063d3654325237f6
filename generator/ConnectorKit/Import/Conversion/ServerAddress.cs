namespace ConnectorKit.Import.Conversion;

/// <summary>Where a connector calls its service: Swagger 2.0's scheme, host and base path, from a URL.</summary>
internal sealed record ServerAddress(string Scheme, string Host, string? BasePath)
{
    /// <summary>The placeholder host of a connector whose source names no server; the author replaces it.</summary>
    public const string PlaceholderHost = "api.example.com";

    /// <summary>The address of an absolute http(s) URL; null for any other text (a relative URL, another scheme).</summary>
    public static ServerAddress? Parse(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Host.Length == 0)
        {
            return null;
        }

        var host = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}";
        var path = uri.AbsolutePath.TrimEnd('/');
        return new ServerAddress(uri.Scheme, host, path.Length == 0 ? null : Uri.UnescapeDataString(path));
    }
}
