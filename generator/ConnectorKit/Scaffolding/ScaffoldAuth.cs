namespace ConnectorKit.Scaffolding;

/// <summary>How a new connector authenticates: <c>connectorkit init --auth</c>.</summary>
public enum ScaffoldAuth
{
    None,
    ApiKey,
    Basic,

    /// <summary>OAuth 2.0 with Microsoft Entra ID (identity provider <c>aad</c>).</summary>
    OAuthAad,

    /// <summary>OAuth 2.0 with any provider, the platform's generic OAuth 2.0 (identity provider <c>oauth2</c>).</summary>
    OAuth2,

    /// <summary>Generic OAuth 2.0 with URL templates (identity provider <c>oauth2generic</c>).</summary>
    OAuth2Generic,

    /// <summary>Microsoft Entra ID with a certificate (identity provider <c>aadcertificate</c>).</summary>
    AadCertificate,
}

/// <summary>The names <c>--auth</c> takes.</summary>
public static class ScaffoldAuthNames
{
    public static IReadOnlyDictionary<string, ScaffoldAuth> All { get; } = new Dictionary<string, ScaffoldAuth>(StringComparer.Ordinal)
    {
        ["none"] = ScaffoldAuth.None,
        ["apikey"] = ScaffoldAuth.ApiKey,
        ["basic"] = ScaffoldAuth.Basic,
        ["oauth-aad"] = ScaffoldAuth.OAuthAad,
        ["oauth2"] = ScaffoldAuth.OAuth2,
        ["oauth2generic"] = ScaffoldAuth.OAuth2Generic,
        ["aadcertificate"] = ScaffoldAuth.AadCertificate,
    };
}
