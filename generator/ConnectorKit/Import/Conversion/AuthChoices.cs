using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Import.Conversion;

/// <summary>
/// The connection a converted connector asks for, in the model's terms, for each way an API description can say how
/// to authenticate. Secrets are never carried over: OAuth client ids and secrets are placeholders the author fills in.
/// </summary>
internal static class AuthChoices
{
    public const string ClientIdPlaceholder = "[[client-id]]";
    public const string ClientSecretPlaceholder = "[[client-secret]]";
    public const string RedirectMode = "GlobalPerConnector";
    public const string RedirectUrl = "https://global.consent.azure-apim.net/redirect";

    public static AuthModel ApiKey(string keyName, string location, SourcePosition position, string? description = null) => new()
    {
        Kind = AuthKind.ApiKey,
        SecurityName = "api_key",
        ParameterName = "api_key",
        KeyName = keyName,
        KeyLocation = location,
        DisplayName = "API key",
        Description = description ?? $"The API key, sent in the {location} '{keyName}'.",
        Position = position,
    };

    /// <summary>
    /// A bearer token has no Swagger 2.0 scheme; connectors take it as an API key in the Authorization header, which the
    /// user enters with its "Bearer " prefix.
    /// </summary>
    public static AuthModel BearerToken(SourcePosition position) =>
        ApiKey("Authorization", "header", position, "The access token, entered as 'Bearer <token>'.") with { DisplayName = "Access token" };

    public static AuthModel Basic(SourcePosition position) => new()
    {
        Kind = AuthKind.Basic,
        SecurityName = "basic_auth",
        ParameterName = "username",
        Position = position,
    };

    /// <summary>The authorization code flow with the platform's generic OAuth 2.0 provider, which needs a refresh URL too.</summary>
    public static AuthModel OAuth2(
        string authorizationUrl, string tokenUrl, string refreshUrl, IReadOnlyList<KeyValuePair<string, string>> describedScopes, SourcePosition position) => new()
    {
        Kind = AuthKind.OAuth2,
        SecurityName = "oauth2-auth",
        ParameterName = "token",
        IdentityProvider = "oauth2",
        Flow = "accessCode",
        AuthorizationUrl = authorizationUrl,
        TokenUrl = tokenUrl,
        RefreshUrl = refreshUrl,
        DefinitionScopes = describedScopes,
        ClientId = ClientIdPlaceholder,
        ClientSecret = ClientSecretPlaceholder,
        RedirectMode = RedirectMode,
        RedirectUrl = RedirectUrl,
        Position = position,
    };
}
