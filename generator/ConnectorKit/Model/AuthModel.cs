using ConnectorKit.Diagnostics;

namespace ConnectorKit.Model;

public enum AuthKind
{
    None,
    ApiKey,
    Basic,
    OAuth2,
}

/// <summary>
/// How a connection authenticates: one entry of swagger <c>securityDefinitions</c> plus the connection parameter(s)
/// of apiProperties that carry it. Secrets are never in the model: client ids and secrets are placeholders.
/// </summary>
public sealed record AuthModel
{
    public required AuthKind Kind { get; init; }

    /// <summary>The key in <c>securityDefinitions</c>; defaults per kind (oauth2-auth, api_key, basic_auth).</summary>
    public required string SecurityName { get; init; }

    /// <summary>
    /// Whether the auth writes its <c>securityDefinitions</c> entry (and its requirement); <c>securityName: null</c>
    /// says no, for a connector whose connection parameter carries the auth without one.
    /// </summary>
    public bool Defined { get; init; } = true;

    /// <summary>The connection parameter name in apiProperties (token, api_key, username/password by default).</summary>
    public required string ParameterName { get; init; }

    /// <summary>Whether the auth writes its connection parameter(s); <c>parameterName: null</c> says no.</summary>
    public bool WithParameter { get; init; } = true;

    public string? DisplayName { get; init; }

    public string? Description { get; init; }

    public string? Tooltip { get; init; }

    /// <summary><c>uiDefinition.constraints.required</c> of the auth's parameter; default true.</summary>
    public bool Required { get; init; } = true;

    /// <summary><c>uiDefinition.constraints.hidden</c> of the auth's parameter (as a connection parameter's).</summary>
    public System.Text.Json.Nodes.JsonValue? Hidden { get; init; }

    /// <summary><c>uiDefinition.constraints.tabIndex</c> of the auth's connection parameter (apiKey, oauth2).</summary>
    public int? TabIndex { get; init; }

    /// <summary><c>uiDefinition.constraints.clearText</c> of the auth's connection parameter (apiKey, oauth2).</summary>
    public bool? ClearText { get; init; }

    /// <summary>The <c>description</c> of the <c>securityDefinitions</c> entry.</summary>
    public string? SecurityDescription { get; init; }

    /// <summary>
    /// The scopes the root <c>security</c> requirement lists for this auth (none by default); null when the auth is
    /// not in <c>security</c> at all (<c>requirement: none</c>).
    /// </summary>
    public IReadOnlyList<string>? RequiredScopes { get; init; } = [];

    /// <summary>Where <c>requirement:</c> is written; null when the auth leaves it to the default.</summary>
    public SourcePosition? RequirementPosition { get; init; }

    // API key: where the key goes.
    public string? KeyName { get; init; }

    /// <summary><c>header</c> or <c>query</c>.</summary>
    public string? KeyLocation { get; init; }

    // OAuth 2.0.
    /// <summary>aad, oauth2, oauth2generic, aadcertificate, or a named provider.</summary>
    public string? IdentityProvider { get; init; }

    /// <summary>Swagger flow: accessCode, implicit, application, password.</summary>
    public string? Flow { get; init; }

    public string? AuthorizationUrl { get; init; }

    public string? TokenUrl { get; init; }

    public string? RefreshUrl { get; init; }

    /// <summary>
    /// The security definition's <c>scopes</c>, each with its description (by default the scope itself); null writes
    /// no <c>scopes</c> key (<c>scopes: null</c>).
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>>? DefinitionScopes { get; init; } = [];

    /// <summary>The scopes themselves, derived from <see cref="DefinitionScopes"/> so the two can never disagree.</summary>
    public IReadOnlyList<string> Scopes => DefinitionScopes?.Select(scope => scope.Key).ToList() ?? [];

    /// <summary>oAuthSettings <c>scopes</c>, when they are not the auth's <see cref="Scopes"/>.</summary>
    public IReadOnlyList<string>? SignInScopes { get; init; }

    /// <summary>Whether oAuthSettings has a <c>scopes</c> key; <c>signInScopes: null</c> says no.</summary>
    public bool WithSignInScopes { get; init; } = true;

    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }

    /// <summary>GlobalPerConnector, Global or NoRedirect.</summary>
    public string? RedirectMode { get; init; }

    public string? RedirectUrl { get; init; }

    /// <summary>oAuthSettings <c>customParameters</c>: a scalar becomes <c>{ "value": x }</c>, a mapping passes through.</summary>
    public RawJson? CustomParameters { get; init; }

    /// <summary>oAuthSettings <c>properties.IsFirstParty</c> ("True" / "False"); default false, null writes no key.</summary>
    public bool? FirstParty { get; init; } = false;

    /// <summary>oAuthSettings <c>properties.AzureActiveDirectoryResourceId</c>: the resource the token is for.</summary>
    public string? ResourceId { get; init; }

    /// <summary>oAuthSettings <c>properties.IsOnbehalfofLoginSupported</c>.</summary>
    public bool? OnBehalfOfLogin { get; init; }

    /// <summary>Keys written verbatim at the end of <c>oAuthSettings</c>.</summary>
    public RawJson? OAuthExtensions { get; init; }

    public required SourcePosition Position { get; init; }
}

/// <summary>
/// One entry of an operation's <c>security</c>: the security definitions it needs together, each with its scopes
/// (none: the operation needs nothing).
/// </summary>
public sealed record SecurityRequirementModel(IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Schemes, SourcePosition Position);
