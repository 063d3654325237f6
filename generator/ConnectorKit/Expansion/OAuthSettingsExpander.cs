using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Expansion;

/// <summary>Builds the <c>oAuthSettings</c> of an OAuth 2.0 connection parameter.</summary>
internal sealed class OAuthSettingsExpander(OriginRecorder origins)
{
    /// <summary>The generic OAuth 2.0 provider takes its endpoints from custom parameters rather than the swagger.</summary>
    public const string GenericProvider = "oauth2";

    public JsonObject Expand(AuthModel auth, string pointer)
    {
        origins.Record(pointer, auth.Position);
        var settings = new JsonObject { ["identityProvider"] = auth.IdentityProvider ?? GenericProvider }
            .AddIfPresent("clientId", auth.ClientId)
            .AddIfPresent("clientSecret", auth.ClientSecret);
        if (auth.WithSignInScopes)
        {
            settings["scopes"] = JsonObjectExtensions.Strings(auth.SignInScopes ?? auth.Scopes);
        }

        settings.AddIfPresent("redirectMode", auth.RedirectMode)
            .AddIfPresent("redirectUrl", auth.RedirectUrl);
        AddProperties(settings, auth, JsonPointer.Append(pointer, "properties"));
        // Written when the auth names custom parameters, even none (customParameters: {}), or the provider adds some.
        var custom = ExpandCustomParameters(auth, JsonPointer.Append(pointer, "customParameters"));
        if (custom.Count > 0 || auth.CustomParameters is not null)
        {
            settings["customParameters"] = custom;
        }

        origins.AppendExtensions(settings, auth.OAuthExtensions, pointer);
        return settings;
    }

    /// <summary>
    /// <c>properties</c>: <c>IsFirstParty</c> ("False" unless the auth says otherwise), the Azure AD resource and whether
    /// on-behalf-of login is supported; when the auth says nothing, the generator's own value may be overridden freely.
    /// </summary>
    private void AddProperties(JsonObject settings, AuthModel auth, string pointer)
    {
        var properties = new JsonObject()
            .AddIfPresent("IsFirstParty", auth.FirstParty is { } firstParty ? (firstParty ? "True" : "False") : null)
            .AddIfPresent("AzureActiveDirectoryResourceId", auth.ResourceId)
            .AddIfPresent("IsOnbehalfofLoginSupported", auth.OnBehalfOfLogin);
        if (properties.Count == 0)
        {
            return;
        }

        settings["properties"] = properties;
        if (auth.FirstParty == false && auth.ResourceId is null && auth.OnBehalfOfLogin is null)
        {
            origins.RecordFixed(pointer);
        }
        else
        {
            origins.Record(pointer, auth.Position);
        }
    }

    /// <summary>
    /// The generic provider's endpoints from the auth's typed URLs, then the raw <c>customParameters</c> (each already
    /// <c>{ value: x }</c>), which win over an endpoint they restate differently.
    /// </summary>
    private JsonObject ExpandCustomParameters(AuthModel auth, string pointer)
    {
        var custom = new JsonObject();
        if ((auth.IdentityProvider ?? GenericProvider) == GenericProvider)
        {
            AddEndpoint(custom, "authorizationUrl", auth.AuthorizationUrl, auth.Position, pointer);
            AddEndpoint(custom, "tokenUrl", auth.TokenUrl, auth.Position, pointer);
            AddEndpoint(custom, "refreshUrl", auth.RefreshUrl, auth.Position, pointer);
        }

        if (auth.CustomParameters is { Value: JsonObject written } raw)
        {
            origins.Record(pointer, raw.Position);
            foreach (var (name, value) in written)
            {
                origins.WriteRaw(custom, name, value, raw, JsonPointer.Append(JsonPointer.Root, name), pointer);
            }
        }

        return custom;
    }

    private void AddEndpoint(JsonObject custom, string name, string? url, SourcePosition position, string pointer)
    {
        if (url is not null)
        {
            origins.Record(JsonPointer.Append(pointer, name), position);
            custom[name] = new JsonObject { ["value"] = url };
        }
    }
}
