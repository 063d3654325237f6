using System.Text.Json.Nodes;
using ConnectorKit.Import.Conversion;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Import.Postman;

/// <summary>
/// A Postman auth (<c>{ type, apikey | basic | bearer | oauth2 | ... }</c>) as the connector's one way to authenticate.
/// Only where a credential goes is carried over, never a value: keys, passwords, tokens and client ids in a collection
/// are the author's own. Auth types a connector cannot take are findings.
/// </summary>
internal static class PostmanAuth
{
    public static AuthModel? Convert(JsonNode? auth, string pointer, ConversionContext context)
    {
        var type = auth.Child("type").StringOrNull();
        var settings = type is null ? null : auth.Child(type);
        var position = context.PositionOf(pointer);
        switch (type)
        {
            case null or "noauth":
                return null;
            case "apikey":
                var location = PostmanValues.Setting(settings, "in") ?? "header";
                var key = PostmanValues.Setting(settings, "key") ?? "X-API-Key";
                return location is "header" or "query" ? AuthChoices.ApiKey(key, location, position) : null;
            case "basic":
                return AuthChoices.Basic(position);
            case "bearer":
                context.Derived(pointer, "Swagger 2.0 has no bearer scheme: the connection asks for the token as an API key sent in the Authorization header, to be entered as 'Bearer <token>'.");
                return AuthChoices.BearerToken(position);
            case "oauth2" when PostmanValues.Setting(settings, "authUrl") is { Length: > 0 } authorize
                && PostmanValues.Setting(settings, "accessTokenUrl") is { Length: > 0 } token
                && PostmanValues.Setting(settings, "grant_type") is null or "authorization_code" or "authorization_code_with_pkce":
                var scopes = (PostmanValues.Setting(settings, "scope") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                context.Derived(pointer, $"OAuth 2.0 sign-in: register the connector's redirect URL ({AuthChoices.RedirectUrl}) with the service, and put the client id and secret in the model's auth (they are placeholders; the collection's own are not copied). The token URL is also the refresh URL.");
                // Postman names scopes without descriptions: each describes itself, as a model's list of scopes does.
                return AuthChoices.OAuth2(authorize, token, token, [.. scopes.Select(scope => KeyValuePair.Create(scope, scope))], position);
            default:
                context.NotExpressible(pointer, $"A connector cannot authenticate with Postman's '{type}' auth; it is left out. Custom code or a policy may send what it needs.");
                return null;
        }
    }
}
