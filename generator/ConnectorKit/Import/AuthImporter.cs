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
            "basic" => Basic(securityName, definition, connectionParameters),
            _ => [],
        };
        return candidates.Append(WithoutParameter(securityName, definition)).OfType<ImportedAuth>()
            .FirstOrDefault(c => Reproduces(c, definition, connectionParameters));
    }

    /// <summary>
    /// The security definition alone (<c>parameterName: null</c>), for a connector without a connection parameter
    /// for it: the last candidate, since it reproduces any parameters by writing none.
    /// </summary>
    private static ImportedAuth? WithoutParameter(string securityName, JsonObject definition)
    {
        var type = definition.Child("type").Text();
        if (type is not ("oauth2" or "apiKey" or "basic")
            || definition.ContainsKey("scopes") && definition.Child("scopes") is not JsonObject)
        {
            return null;
        }

        var yaml = Start(type, securityName, string.Empty, string.Empty, definition);
        yaml["parameterName"] = null;
        if (type == "apiKey")
        {
            yaml.Put("keyName", definition.Child("name")).Put("in", definition.Child("in"));
        }
        else if (type == "oauth2")
        {
            if (definition.Child("flow").Text() != SecurityExpander.DefaultOAuthFlow)
            {
                yaml.Put("flow", definition.Child("flow"));
            }

            yaml.Put("authorizationUrl", definition.Child("authorizationUrl")).Put("tokenUrl", definition.Child("tokenUrl"));
            AddScopes(yaml, definition.Child("scopes") as JsonObject, settingsScopes: null);
        }

        return new ImportedAuth(yaml, []);
    }

    /// <summary>
    /// A security definition as an entry of <c>otherAuths:</c> (its key names it, and it has no parameter), when
    /// that gives it back exactly; null otherwise.
    /// </summary>
    public static JsonObject? ImportOther(string securityName, JsonObject definition)
    {
        if (WithoutParameter(securityName, definition)?.Yaml is not { } yaml)
        {
            return null;
        }

        yaml.Remove("securityName");
        yaml.Remove("parameterName");
        var entry = SourceNodeConverter.Entry(securityName, yaml);
        return FragmentProbe.Read(context => AuthReader.ReadOther(entry, context)) is { } other
            && JsonComparison.AreEqual(definition, SecurityExpander.ExpandDefinition(other))
            ? yaml
            : null;
    }

    /// <summary>The security name the loader gives each kind of auth when the model says none.</summary>
    private static readonly Dictionary<string, string> DefaultSecurityNames = new(StringComparer.Ordinal)
    {
        ["oauth2"] = AuthReader.DefaultSecurityName(AuthKind.OAuth2),
        ["apiKey"] = AuthReader.DefaultSecurityName(AuthKind.ApiKey),
        ["basic"] = AuthReader.DefaultSecurityName(AuthKind.Basic),
    };

    /// <summary>
    /// An OAuth connection parameter of a connector without security definitions, as an auth that writes none
    /// (<c>securityName: null</c>); its scopes are the settings' scopes.
    /// </summary>
    public ImportedAuth? ImportWithoutDefinition(JsonObject connectionParameters)
    {
        foreach (var (_, node) in connectionParameters)
        {
            // Settings without scopes (signInScopes: null) are read as an auth of no scopes.
            var settings = node.Child("oAuthSettings") as JsonObject;
            if ((settings?.ContainsKey("scopes") == false ? [] : settings.Child("scopes").TextList()) is not { } scopes)
            {
                continue;
            }

            // The definition the auth would write if it had one: the candidates are checked against it and their parameter.
            var definition = new JsonObject
            {
                ["type"] = "oauth2",
                ["flow"] = SecurityExpander.DefaultOAuthFlow,
                ["scopes"] = new JsonObject(
                    scopes.Distinct(StringComparer.Ordinal).Select(s => KeyValuePair.Create(s, (JsonNode?)s))),
            };
            if (Import(DefaultSecurityNames["oauth2"], definition, connectionParameters)
                is { ParameterNames.Count: > 0 } auth)
            {
                auth.Yaml.Insert(1, "securityName", null);
                return auth;
            }
        }

        return null;
    }

    /// <summary>
    /// Adds <c>requirement</c> where the root <c>security</c> does not list the auth as the model does by default (its
    /// name with no scopes): <c>none</c> when it is not listed alone, <c>scopes</c> for its own scopes, else the list.
    /// </summary>
    public static void AddRequirement(JsonObject yaml, string securityName, JsonNode? security)
    {
        var listed = (security as JsonArray ?? []).OfType<JsonObject>()
            .FirstOrDefault(r => r.Count == 1 && r.ContainsKey(securityName));
        if (listed.Child(securityName).TextList() is not { } scopes)
        {
            Insert(yaml, "requirement", "none");
        }
        else if (scopes.Count > 0)
        {
            var own = yaml.Child("scopes") is JsonObject described
                ? [.. described.Select(p => p.Key)]
                : yaml.Child("scopes").TextList() ?? [];
            Insert(yaml, "requirement", scopes.SequenceEqual(own) ? "scopes" : YamlShapes.Strings(scopes));
        }
    }

    /// <summary>Puts a key after the auth's type and security keys, where a reader looks for it.</summary>
    private static void Insert(JsonObject yaml, string key, JsonNode value)
    {
        var index = yaml.Select(p => p.Key)
            .TakeWhile(k => k is "type" or "securityName" or "securityDescription").Count();
        yaml.Insert(index, key, value);
    }

    private bool Reproduces(ImportedAuth candidate, JsonObject definition, JsonObject connectionParameters)
    {
        if (FragmentProbe.Read(context => AuthReader.Read(SourceNodeConverter.ToSourceNode(candidate.Yaml), "auth", context, Diagnostics.SourcePosition.None)) is not { } auth)
        {
            return false;
        }

        // Only the parameters the auth stands for: the others (a basic auth's own username and password) replace what it generates.
        var expanded = probe.ConnectionParameters.ExpandAll(auth, [], string.Empty);
        var expected = new JsonObject();
        var actual = new JsonObject();
        foreach (var name in candidate.ParameterNames)
        {
            expected[name] = connectionParameters[name]?.DeepClone();
            actual[name] = expanded[name]?.DeepClone();
        }

        return JsonComparison.AreEqual(definition, SecurityExpander.ExpandDefinition(auth))
            && JsonComparison.AreEqual(expected, actual);
    }

    private static IEnumerable<ImportedAuth> OAuthCandidates(string securityName, JsonObject definition, JsonObject connectionParameters)
    {
        var scopes = definition.Child("scopes") as JsonObject;
        if (definition.ContainsKey("scopes") && (scopes is null || scopes.Any(p => p.Value.Text() is null)))
        {
            yield break;
        }

        foreach (var (name, node) in connectionParameters)
        {
            if (node is not JsonObject parameter || parameter.Child("type").Text() != "oauthSetting" || parameter.Child("oAuthSettings") is not JsonObject settings)
            {
                continue;
            }

            var yaml = Start("oauth2", securityName, name, "token", definition);
            AddUi(yaml, parameter.Child("uiDefinition"));
            yaml.Put("identityProvider", settings.Child("identityProvider"));
            if (definition.Child("flow").Text() != SecurityExpander.DefaultOAuthFlow)
            {
                yaml.Put("flow", definition.Child("flow"));
            }

            yaml.Put("authorizationUrl", definition.Child("authorizationUrl")).Put("tokenUrl", definition.Child("tokenUrl"));
            AddScopes(yaml, scopes, settings.Child("scopes"));
            if (!settings.ContainsKey("scopes"))
            {
                yaml["signInScopes"] = null;
            }

            foreach (var key in new[] { "clientId", "clientSecret", "redirectMode", "redirectUrl" })
            {
                yaml.Put(key, settings[key].Text() is { } text ? text : null);
            }

            var taken = new HashSet<string>(OAuthSettingsModelled.Where(k => k is "identityProvider" or "customParameters" || yaml.ContainsKey(k)), StringComparer.Ordinal) { "properties", "scopes" };
            var extensions = YamlShapes.Rest(settings, taken);
            if (settings.Child("scopes") is { } settingsScopes && settingsScopes.TextList() is null)
            {
                extensions["scopes"] = settingsScopes.DeepClone();
            }

            if (!AddProperties(yaml, settings))
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

    /// <summary>
    /// The security definition's scopes: a list when each describes itself, a mapping of scope to description
    /// otherwise, null when it has none; the settings' scopes as <c>signInScopes</c> when they are other ones.
    /// </summary>
    private static void AddScopes(JsonObject yaml, JsonObject? scopes, JsonNode? settingsScopes)
    {
        if (scopes is null)
        {
            yaml["scopes"] = null;
        }
        else if (!scopes.All(p => p.Value.Text() == p.Key))
        {
            yaml["scopes"] = scopes.DeepClone();
        }
        else if (scopes.Count > 0)
        {
            yaml["scopes"] = YamlShapes.Strings(scopes.Select(p => p.Key));
        }

        if (settingsScopes.TextList() is { } signIn && !signIn.SequenceEqual(scopes?.Select(p => p.Key) ?? []))
        {
            yaml["signInScopes"] = YamlShapes.Strings(signIn);
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

            var yaml = Start("apiKey", securityName, name, "api_key", definition);
            AddUi(yaml, parameter.Child("uiDefinition"));
            yaml.Put("keyName", definition.Child("name")).Put("in", definition.Child("in"));
            yield return new ImportedAuth(yaml, [name]);
        }
    }

    /// <summary>
    /// Basic auth with the parameters it generates; else, where the connector has both parameters its own way, with
    /// them left to <c>connectionParameters:</c>, whose entries replace the generated ones.
    /// </summary>
    private static IEnumerable<ImportedAuth> Basic(string securityName, JsonObject definition, JsonObject connectionParameters)
    {
        string[] names = [AuthParameterExpander.UserNameParameter, AuthParameterExpander.PasswordParameter];
        var yaml = Start("basic", securityName, names[0], names[0], definition);
        yield return new ImportedAuth(yaml, names);
        if (names.All(connectionParameters.ContainsKey))
        {
            yield return new ImportedAuth((JsonObject)yaml.DeepClone(), []);
        }
    }

    /// <summary>
    /// The type, with the security and parameter names only where they differ from the model's defaults, and the
    /// security definition's description.
    /// </summary>
    private static JsonObject Start(
        string type, string securityName, string parameterName, string defaultParameterName, JsonObject definition)
    {
        var yaml = new JsonObject { ["type"] = type };
        if (securityName != DefaultSecurityNames[type])
        {
            yaml["securityName"] = securityName;
        }

        yaml.Put("securityDescription", definition.Child("description").Text() is { } description ? description : null);

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

    /// <summary>The labels and constraints (<c>required</c> when false) of the auth's connection parameter.</summary>
    private static void AddUi(JsonObject yaml, JsonNode? uiDefinition)
    {
        foreach (var label in new[] { "displayName", "description", "tooltip" })
        {
            yaml.Put(label, uiDefinition.Child(label).Text() is { } text ? text : null);
        }

        var constraints = uiDefinition.Child("constraints");
        if (constraints.Child("required").Text() == "false")
        {
            yaml["required"] = false;
        }

        yaml.Put("tabIndex", constraints.Child("tabIndex"));
        yaml.Put("clearText", constraints.Child("clearText"));
        yaml.Put("hidden", constraints.Child("hidden"));
    }

    /// <summary>
    /// The OAuth settings' <c>properties</c> as typed keys, when they are the ones the model knows with values it can
    /// write; false (nothing added) otherwise. <c>IsFirstParty: "False"</c> is the model's default.
    /// </summary>
    private static bool AddProperties(JsonObject yaml, JsonObject settings)
    {
        if (!settings.ContainsKey("properties"))
        {
            yaml["firstParty"] = null;
            return true;
        }

        if (settings.Child("properties") is not JsonObject known || known.Any(p => !PropertyKeys.ContainsKey(p.Key))
            || known.Child("IsFirstParty") is { } firstParty && firstParty.Text() is not ("True" or "False")
            || known.Child("AzureActiveDirectoryResourceId") is { } resource && resource.Text() is null
            || known.Child("IsOnbehalfofLoginSupported") is { } onBehalfOf && onBehalfOf.BooleanOrNull() is null)
        {
            return false;
        }

        if (known.Child("IsFirstParty").Text() != "False")
        {
            yaml["firstParty"] = known.Child("IsFirstParty") is null ? null : true;
        }

        foreach (var (key, modelKey) in PropertyKeys.Where(p => p.Key != "IsFirstParty"))
        {
            yaml.Put(modelKey, known.Child(key));
        }

        return true;
    }

    private static readonly Dictionary<string, string> PropertyKeys = new(StringComparer.Ordinal)
    {
        ["IsFirstParty"] = "firstParty",
        ["AzureActiveDirectoryResourceId"] = "resourceId",
        ["IsOnbehalfofLoginSupported"] = "onBehalfOfLogin",
    };
}
