using System.Text.Json.Nodes;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Expansion;

/// <summary>
/// Builds swagger <c>securityDefinitions</c> and <c>security</c>: one entry per way to authenticate (the single
/// <c>auth</c>, or the auth of each connection parameter set, then each of <c>otherAuths</c>), each security name once.
/// </summary>
internal sealed class SecurityExpander(OriginRecorder origins)
{
    public const string DefaultOAuthFlow = "accessCode";

    public JsonObject ExpandDefinitions(ConnectorModel model, string pointer)
    {
        var definitions = new JsonObject();
        foreach (var auth in AuthenticationsOf(model))
        {
            var entryPointer = JsonPointer.Append(pointer, auth.SecurityName);
            origins.Record(entryPointer, auth.Position);
            definitions[auth.SecurityName] = ExpandDefinition(auth);
        }

        return definitions;
    }

    /// <summary>
    /// The security requirement: the <c>security:</c> section as given, else any one of the defined schemes
    /// (alternatives are separate entries), but those whose auth says <c>requirement: none</c>.
    /// </summary>
    public JsonArray ExpandRequirements(ConnectorModel model, string pointer)
    {
        if (model.Security is { } given)
        {
            for (var i = 0; i < given.Count; i++)
            {
                origins.Record(JsonPointer.Append(pointer, i), given[i].Position);
            }

            return ExpandOperationRequirements(given);
        }

        var requirements = new JsonArray();
        foreach (var auth in AuthenticationsOf(model).Where(a => a.RequiredScopes is not null))
        {
            origins.Record(JsonPointer.Append(pointer, requirements.Count), auth.Position);
            requirements.Add(RequirementOf(auth));
        }

        return requirements;
    }

    /// <summary>The root requirements the given auths write by themselves (the importer compares them).</summary>
    internal static JsonArray Requirements(IEnumerable<AuthModel> auths) =>
        [.. Defined(auths).Where(a => a.RequiredScopes is not null).Select(a => (JsonNode)RequirementOf(a))];

    private static JsonObject RequirementOf(AuthModel auth) =>
        new() { [auth.SecurityName] = JsonObjectExtensions.Strings(auth.RequiredScopes!) };

    /// <summary>An operation's own <c>security</c>: each requirement an object of names to their scopes.</summary>
    public static JsonArray ExpandOperationRequirements(IReadOnlyList<SecurityRequirementModel> requirements) =>
        [.. requirements.Select(r => (JsonNode)new JsonObject(
            r.Schemes.Select(s => KeyValuePair.Create(s.Key, (JsonNode?)JsonObjectExtensions.Strings(s.Value)))))];

    private static IEnumerable<AuthModel> AuthenticationsOf(ConnectorModel model)
    {
        var candidates = model.Auth is { } single
            ? [single]
            : (model.ConnectionParameterSets?.Sets ?? []).Select(s => s.Auth).OfType<AuthModel>();
        return Defined(candidates.Concat(model.OtherAuths));
    }

    /// <summary>The auths that write a security definition, each security name once.</summary>
    private static IEnumerable<AuthModel> Defined(IEnumerable<AuthModel> auths) =>
        auths.Where(a => a.Kind != AuthKind.None && a.Defined).DistinctBy(a => a.SecurityName, StringComparer.Ordinal);

    internal static JsonObject ExpandDefinition(AuthModel auth) =>
        ExpandScheme(auth).AddIfPresent("description", auth.SecurityDescription);

    private static JsonObject ExpandScheme(AuthModel auth) => auth.Kind switch
    {
        AuthKind.ApiKey => new JsonObject
        {
            ["type"] = "apiKey",
            ["in"] = auth.KeyLocation ?? "header",
        }.AddIfPresent("name", auth.KeyName),
        AuthKind.Basic => new JsonObject { ["type"] = "basic" },
        _ => ExpandOAuth2(auth),
    };

    private static JsonObject ExpandOAuth2(AuthModel auth)
    {
        var definition = new JsonObject
        {
            ["type"] = "oauth2",
            ["flow"] = auth.Flow ?? DefaultOAuthFlow,
        }
            .AddIfPresent("authorizationUrl", auth.AuthorizationUrl)
            .AddIfPresent("tokenUrl", auth.TokenUrl);
        if (auth.DefinitionScopes is { } described)
        {
            var scopes = new JsonObject();
            foreach (var (scope, description) in described)
            {
                scopes[scope] = description;
            }

            definition["scopes"] = scopes;
        }

        return definition;
    }
}
