using System.Text.Json.Nodes;
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
        settings["scopes"] = JsonObjectExtensions.Strings(auth.Scopes);
        settings.AddIfPresent("redirectMode", auth.RedirectMode)
            .AddIfPresent("redirectUrl", auth.RedirectUrl);
        settings["properties"] = new JsonObject { ["IsFirstParty"] = "False" };
        settings.AddIfAny("customParameters", ExpandCustomParameters(auth, JsonPointer.Append(pointer, "customParameters")));
        origins.AppendExtensions(settings, auth.OAuthExtensions, pointer);
        return settings;
    }

    private JsonObject ExpandCustomParameters(AuthModel auth, string pointer)
    {
        var written = auth.CustomParameters?.Value as JsonObject ?? [];
        var custom = new JsonObject();
        if ((auth.IdentityProvider ?? GenericProvider) == GenericProvider)
        {
            AddEndpoint(custom, written, "authorizationUrl", auth.AuthorizationUrl);
            AddEndpoint(custom, written, "tokenUrl", auth.TokenUrl);
            AddEndpoint(custom, written, "refreshUrl", auth.RefreshUrl);
        }

        if (auth.CustomParameters is { } raw)
        {
            origins.RecordSubtree(pointer, raw, JsonPointer.Root);
        }

        foreach (var (name, value) in written)
        {
            // A scalar is shorthand for { value: x }; a mapping is written as given.
            custom[name] = value is JsonObject mapping ? mapping.DeepClone() : new JsonObject { ["value"] = value?.DeepClone() };
        }

        return custom;
    }

    /// <summary>Adds an endpoint of the auth unless the author set it in <c>customParameters</c> already.</summary>
    private static void AddEndpoint(JsonObject custom, JsonObject written, string name, string? url)
    {
        if (url is not null && !written.ContainsKey(name))
        {
            custom[name] = new JsonObject { ["value"] = url };
        }
    }
}
