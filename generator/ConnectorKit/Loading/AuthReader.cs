using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Loading;

/// <summary>Reads an <c>auth:</c> mapping (the connector's, or one of a connection parameter set).</summary>
internal static class AuthReader
{
    internal static readonly string[] Keys =
    [
        "type", "securityName", "securityDescription", "requirement", "parameterName", "displayName", "description",
        "tooltip", "required", "tabIndex", "clearText", "hidden", "keyName", "in", "identityProvider", "flow",
        "authorizationUrl", "tokenUrl",
        "refreshUrl", "scopes", "signInScopes", "clientId", "clientSecret", "redirectMode", "redirectUrl", "firstParty", "resourceId",
        "onBehalfOfLogin", "customParameters", "extensions",
    ];

    /// <summary>
    /// The keys of an entry of <c>otherAuths:</c>: a security definition alone, named by its key, so only the keys
    /// that write the definition and its requirement.
    /// </summary>
    internal static readonly string[] OtherKeys =
    [
        "type", "securityDescription", "requirement", "keyName", "in", "flow", "authorizationUrl", "tokenUrl", "scopes",
    ];

    private static readonly string[] Types = ["none", "apiKey", "basic", "oauth2"];
    private static readonly string[] DefinedTypes = ["apiKey", "basic", "oauth2"];
    private static readonly string[] KeyLocations = ["header", "query"];
    private static readonly string[] Flows = ["accessCode", "implicit", "application", "password"];
    private static readonly string[] RequirementWords = ["none", "scopes"];

    public static AuthModel? Read(SourceNode node, string what, LoadContext context, SourcePosition origin) =>
        MappingReader.Open(node, what, Keys, context, origin: origin) is { } map ? Read(map, Types) : null;

    /// <summary>An entry of <c>otherAuths:</c>: a security definition named by its key, without parameter.</summary>
    public static AuthModel? ReadOther(MappingEntry entry, LoadContext context)
    {
        var what = $"other auth '{entry.Key.Text}'";
        return MappingReader.Open(entry.Value, what, OtherKeys, context, origin: entry.Key.Position) is { } map
            && Read(map, DefinedTypes) is { } auth
            ? auth with { SecurityName = entry.Key.Text, ParameterName = string.Empty, WithParameter = false }
            : null;
    }

    private static AuthModel? Read(MappingReader map, string[] types)
    {
        var type = map.Choice("type", types, required: true);
        var kind = type switch
        {
            "apiKey" => AuthKind.ApiKey,
            "basic" => AuthKind.Basic,
            "oauth2" => AuthKind.OAuth2,
            _ => AuthKind.None,
        };
        var auth = new AuthModel
        {
            Kind = kind,
            SecurityName = map.String("securityName") ?? DefaultSecurityName(kind),
            Defined = !map.IsExplicitNull("securityName"),
            SecurityDescription = map.String("securityDescription"),
            ParameterName = map.String("parameterName") ?? DefaultParameterName(kind),
            WithParameter = !map.IsExplicitNull("parameterName"),
            DisplayName = map.String("displayName"),
            Description = map.String("description"),
            Tooltip = map.String("tooltip"),
            Required = map.Bool("required") ?? true,
            Hidden = ConnectionParameterReader.ReadHidden(map),
            TabIndex = map.Int("tabIndex"),
            ClearText = map.Bool("clearText"),
            KeyName = map.String("keyName"),
            KeyLocation = map.Choice("in", KeyLocations),
            IdentityProvider = map.String("identityProvider"),
            Flow = map.Choice("flow", Flows) ?? (kind == AuthKind.OAuth2 ? "accessCode" : null),
            AuthorizationUrl = map.String("authorizationUrl"),
            TokenUrl = map.String("tokenUrl"),
            RefreshUrl = map.String("refreshUrl"),
            SignInScopes = map.StringListOrNull("signInScopes"),
            WithSignInScopes = !map.IsExplicitNull("signInScopes"),
            ClientId = map.String("clientId"),
            ClientSecret = map.String("clientSecret"),
            RedirectMode = map.String("redirectMode"),
            RedirectUrl = map.String("redirectUrl"),
            FirstParty = map.IsExplicitNull("firstParty") ? null : map.Bool("firstParty") ?? false,
            ResourceId = map.String("resourceId"),
            OnBehalfOfLogin = map.Bool("onBehalfOfLogin"),
            CustomParameters = ReadCustomParameters(map),
            OAuthExtensions = map.RawMapping("extensions"),
            Position = map.Origin,
        };

        var (scopes, definitionScopes) = ReadScopes(map);
        return type is null ? null : auth with
        {
            DefinitionScopes = definitionScopes,
            RequiredScopes = ReadRequirement(map, scopes),
            RequirementPosition = map.Has("requirement") ? map.KeyPosition("requirement") : null,
        };
    }

    /// <summary>
    /// <c>scopes:</c> a list (each scope described by itself), a mapping of scope to description, or null (the
    /// security definition has no scopes key).
    /// </summary>
    private static (IReadOnlyList<string> Scopes, IReadOnlyList<KeyValuePair<string, string>>? Described) ReadScopes(
        MappingReader map)
    {
        if (map.IsExplicitNull("scopes"))
        {
            return ([], null);
        }

        if (map.Node("scopes") is MappingNode && map.TextMapping("scopes") is { } described)
        {
            var pairs = described.Select(d => KeyValuePair.Create(d.Name.Text, d.Text)).ToList();
            return ([.. pairs.Select(p => p.Key)], pairs);
        }

        var scopes = map.StringList("scopes");
        return (scopes, [.. scopes.Select(s => KeyValuePair.Create(s, s))]);
    }

    /// <summary>
    /// <c>requirement:</c> what the root <c>security</c> lists for the auth: by default its name with no scopes;
    /// <c>none</c> leaves it out, <c>scopes</c> lists the auth's scopes, a list lists those.
    /// </summary>
    private static IReadOnlyList<string>? ReadRequirement(MappingReader map, IReadOnlyList<string> scopes)
    {
        if (map.Node("requirement") is SequenceNode)
        {
            return map.StringList("requirement");
        }

        return map.Choice("requirement", RequirementWords) switch
        {
            "none" => null,
            "scopes" => scopes,
            _ => [],
        };
    }

    /// <summary>
    /// A list of security requirements: each a security definition's name (needed with no scopes), or a mapping of
    /// names to their scopes (all needed together; <c>{}</c> needs nothing).
    /// </summary>
    public static IReadOnlyList<SecurityRequirementModel>? ReadRequirements(MappingReader map, string key) =>
        map.Sequence(key) is { } sequence ? ReadRequirements(sequence, map.What, map.Context) : null;

    /// <summary>The <c>security:</c> section: the root requirements, in the form of an operation's.</summary>
    public static IReadOnlyList<SecurityRequirementModel>? ReadRootRequirements(
        MappingEntry section, LoadContext context)
    {
        if (section.Value is SequenceNode sequence)
        {
            return ReadRequirements(sequence, "the security section", context);
        }

        context.Report(DiagnosticCodes.WrongType, section.Value.Position,
            $"The security section must be a list of security requirements, not {section.Value.Describe()}.");
        return null;
    }

    private static IReadOnlyList<SecurityRequirementModel> ReadRequirements(
        SequenceNode sequence, string what, LoadContext context)
    {
        var requirements = new List<SecurityRequirementModel>();
        foreach (var item in sequence.Items)
        {
            if (item is ScalarNode { IsNull: false } name)
            {
                requirements.Add(new SecurityRequirementModel([KeyValuePair.Create(name.Text, (IReadOnlyList<string>)[])], item.Position));
            }
            else if (item is MappingNode mapping)
            {
                var schemes = mapping.Entries
                    .Select(e => KeyValuePair.Create(e.Key.Text, Scopes(e.Value, context))).ToList();
                requirements.Add(new SecurityRequirementModel(schemes, item.Position));
            }
            else
            {
                context.Report(DiagnosticCodes.WrongType, item.Position,
                    $"A security requirement of {what} must be a security definition's name or a mapping of names "
                    + $"to scopes, not {item.Describe()}.");
            }
        }

        return requirements;
    }

    private static IReadOnlyList<string> Scopes(SourceNode node, LoadContext context)
    {
        if (node is SequenceNode { } list && list.Items.All(i => i is ScalarNode { IsNull: false }))
        {
            return [.. list.Items.Cast<ScalarNode>().Select(s => s.Text)];
        }

        context.Report(DiagnosticCodes.WrongType, node.Position, $"The scopes of a security requirement must be a list of texts, not {node.Describe()}.");
        return [];
    }

    // Without authentication there is no security definition or parameter to name.
    /// <summary>The security definition name an auth of this kind gets when the model names none (the importer leaves it out then).</summary>
    internal static string DefaultSecurityName(AuthKind kind) => kind switch
    {
        AuthKind.ApiKey => "api_key",
        AuthKind.Basic => "basic_auth",
        AuthKind.OAuth2 => "oauth2-auth",
        _ => string.Empty,
    };

    // Basic auth always has the two parameters username and password; the first one names it.
    private static string DefaultParameterName(AuthKind kind) => kind switch
    {
        AuthKind.ApiKey => "api_key",
        AuthKind.Basic => "username",
        AuthKind.OAuth2 => "token",
        _ => string.Empty,
    };

    /// <summary>Each custom parameter that is not a mapping becomes <c>{ "value": x }</c>, as oAuthSettings expects.</summary>
    private static RawJson? ReadCustomParameters(MappingReader auth)
    {
        if (auth.RawMapping("customParameters") is not { Value: JsonObject parameters } raw)
        {
            return null;
        }

        foreach (var name in parameters.Select(p => p.Key).ToList())
        {
            if (parameters[name] is not JsonObject)
            {
                parameters[name] = new JsonObject { ["value"] = parameters[name]?.DeepClone() };
            }
        }

        return raw;
    }
}
