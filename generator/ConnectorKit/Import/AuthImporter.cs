using System.Text.Json.Nodes;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Loading;
using ConnectorKit.Model;

namespace ConnectorKit.Import;

/// <summary>The recognised auth: its YAML and the connection parameters it stands for.</summary>
internal sealed record ImportedAuth(JsonObject Yaml, IReadOnlyList<string> ParameterNames);

/// <summary>
/// Recognises the one way a connector authenticates (a security definition with its connection parameter) as an
/// <c>auth:</c> section, when expanding that section gives back both exactly.
/// </summary>
internal sealed class AuthImporter(FragmentProbe probe)
{
    private static readonly string[] OAuthSettingsModelled = ["identityProvider", "clientId", "clientSecret", "redirectMode", "redirectUrl", "customParameters"];

    public ImportedAuth? Import(string securityName, JsonObject definition, JsonObject connectionParameters)
    {
        var candidates = definition.Child("type").Text() switch
        {
            "oauth2" => OAuthCandidates(securityName, definition, connectionParameters),
            "apiKey" => ApiKeyCandidates(securityName, definition, connectionParameters),
            "basic" => [Basic(securityName)],
            _ => [],
        };
        return candidates.FirstOrDefault(c => Reproduces(c, definition, connectionParameters));
    }

    private bool Reproduces(ImportedAuth candidate, JsonObject definition, JsonObject connectionParameters)
    {
        if (FragmentProbe.Read(context => AuthReader.Read(SourceNodeConverter.ToSourceNode(candidate.Yaml), "auth", context, Diagnostics.SourcePosition.None)) is not { } auth)
        {
            return false;
        }

        var expected = new JsonObject();
        foreach (var name in candidate.ParameterNames)
        {
            expected[name] = connectionParameters[name]?.DeepClone();
        }

        return JsonComparison.AreEqual(definition, SecurityExpander.ExpandDefinition(auth))
            && JsonComparison.AreEqual(expected, probe.ConnectionParameters.ExpandAll(auth, [], string.Empty));
    }

    private static IEnumerable<ImportedAuth> OAuthCandidates(string securityName, JsonObject definition, JsonObject connectionParameters)
    {
        if (definition.Child("scopes") is not JsonObject scopes || !scopes.All(p => p.Value.Text() == p.Key))
        {
            yield break;
        }

        foreach (var (name, node) in connectionParameters)
        {
            if (node is not JsonObject parameter || parameter.Child("type").Text() != "oauthSetting" || parameter.Child("oAuthSettings") is not JsonObject settings)
            {
                continue;
            }

            var yaml = Start("oauth2", securityName, "oauth2-auth", name, "token");
            AddUi(yaml, parameter.Child("uiDefinition"));
            yaml.Put("identityProvider", settings.Child("identityProvider"));
            if (definition.Child("flow").Text() != SecurityExpander.DefaultOAuthFlow)
            {
                yaml.Put("flow", definition.Child("flow"));
            }

            yaml.Put("authorizationUrl", definition.Child("authorizationUrl")).Put("tokenUrl", definition.Child("tokenUrl"));
            var scopeList = YamlShapes.Strings(scopes.Select(p => p.Key));
            if (scopeList.Count > 0)
            {
                yaml["scopes"] = scopeList;
            }

            foreach (var key in new[] { "clientId", "clientSecret", "redirectMode", "redirectUrl" })
            {
                yaml.Put(key, settings[key].Text() is { } text ? text : null);
            }

            var taken = new HashSet<string>(OAuthSettingsModelled.Where(k => k is "identityProvider" or "customParameters" || yaml.ContainsKey(k)), StringComparer.Ordinal) { "properties", "scopes" };
            var extensions = YamlShapes.Rest(settings, taken);
            if (settings.Child("scopes") is { } settingsScopes && !JsonComparison.AreEqual(settingsScopes, scopeList))
            {
                extensions["scopes"] = settingsScopes.DeepClone();
            }

            if (!JsonComparison.AreEqual(settings.Child("properties"), new JsonObject { ["IsFirstParty"] = "False" }))
            {
                extensions["properties"] = settings.Child("properties")?.DeepClone();
            }

            // Custom parameters as given; where the generic provider would add endpoints, they are written through instead.
            var withCustom = ((JsonObject)yaml.DeepClone()).Put("customParameters", ShortCustomParameters(settings.Child("customParameters"))).PutIfAny("extensions", (JsonObject)extensions.DeepClone());
            yield return new ImportedAuth(withCustom, [name]);
            if (settings.Child("customParameters") is { } custom)
            {
                var overridden = (JsonObject)extensions.DeepClone();
                overridden["customParameters"] = custom.DeepClone();
                yield return new ImportedAuth(((JsonObject)yaml.DeepClone()).PutIfAny("extensions", overridden), [name]);
            }
        }
    }

    private static IEnumerable<ImportedAuth> ApiKeyCandidates(string securityName, JsonObject definition, JsonObject connectionParameters)
    {
        foreach (var (name, node) in connectionParameters)
        {
            if (node is not JsonObject parameter || parameter.Child("type").Text() != "securestring")
            {
                continue;
            }

            var yaml = Start("apiKey", securityName, "api_key", name, "api_key");
            AddUi(yaml, parameter.Child("uiDefinition"));
            yaml.Put("keyName", definition.Child("name")).Put("in", definition.Child("in"));
            yield return new ImportedAuth(yaml, [name]);
        }
    }

    private static ImportedAuth Basic(string securityName) =>
        new(Start("basic", securityName, "basic_auth", AuthParameterExpander.UserNameParameter, AuthParameterExpander.UserNameParameter),
            [AuthParameterExpander.UserNameParameter, AuthParameterExpander.PasswordParameter]);

    /// <summary>The type, with the security and parameter names only where they differ from the model's defaults.</summary>
    private static JsonObject Start(string type, string securityName, string defaultSecurityName, string parameterName, string defaultParameterName)
    {
        var yaml = new JsonObject { ["type"] = type };
        if (securityName != defaultSecurityName)
        {
            yaml["securityName"] = securityName;
        }

        if (parameterName != defaultParameterName)
        {
            yaml["parameterName"] = parameterName;
        }

        return yaml;
    }

    /// <summary>A custom parameter that is just <c>{ value: x }</c> is written as <c>x</c>, the model's shorthand.</summary>
    private static JsonNode? ShortCustomParameters(JsonNode? custom)
    {
        if (custom is not JsonObject parameters)
        {
            return custom?.DeepClone();
        }

        var shortened = new JsonObject();
        foreach (var (name, value) in parameters)
        {
            shortened[name] = value is JsonObject { Count: 1 } wrapped && wrapped.Child("value") is not JsonObject and not null
                ? wrapped.Child("value")!.DeepClone()
                : value?.DeepClone();
        }

        return shortened;
    }

    private static void AddUi(JsonObject yaml, JsonNode? uiDefinition)
    {
        foreach (var label in new[] { "displayName", "description", "tooltip" })
        {
            yaml.Put(label, uiDefinition.Child(label).Text() is { } text ? text : null);
        }
    }
}
