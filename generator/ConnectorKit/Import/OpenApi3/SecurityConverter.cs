using ConnectorKit.Import.Conversion;
using ConnectorKit.Model;
using Microsoft.OpenApi;
using JsonPointer = ConnectorKit.Json.JsonPointer;

namespace ConnectorKit.Import.OpenApi3;

/// <summary>
/// Picks the connector's one way to authenticate from the document's security schemes: the first scheme of the
/// document's <c>security</c> that a connector can take (else the first such scheme defined). An API key in a header
/// or the query, HTTP basic, an HTTP bearer token (as an API key in the Authorization header) and OAuth 2.0's
/// authorization code flow can be taken; the other schemes, and the schemes not picked, are findings.
/// </summary>
internal sealed class SecurityConverter(ConversionContext context)
{
    /// <summary>The name of the document's scheme the connector authenticates with; null when none could be taken.</summary>
    public string? ChosenScheme { get; private set; }

    public AuthModel? Choose(OpenApiDocument document)
    {
        var schemes = document.Components?.SecuritySchemes ?? new Dictionary<string, IOpenApiSecurityScheme>();
        var required = (document.Security ?? []).SelectMany(r => r.Keys).Select(SchemeName).OfType<string>().Distinct(StringComparer.Ordinal);
        var order = required.Concat(schemes.Keys).Distinct(StringComparer.Ordinal).Where(schemes.ContainsKey).ToList();
        AuthModel? chosen = null;
        string? chosenName = null;
        foreach (var name in order)
        {
            var pointer = ComponentReferences.Pointer("securitySchemes", name);
            if (chosen is not null)
            {
                context.NotExpressible(pointer, $"A connector has one way to authenticate; '{chosenName}' was taken, '{name}' is left out (connection parameter sets in the model can offer several).");
                continue;
            }

            chosen = Convert(schemes[name], pointer);
            chosenName = chosen is null ? null : name;
        }

        ChosenScheme = chosenName;
        return chosen;
    }

    /// <summary>An operation that asks for other security than the connector's (or none) is a finding: a connector authenticates every call alike.</summary>
    public void ReportOperationSecurity(OpenApiOperation operation, string pointer)
    {
        if (operation.Security is not { } security)
        {
            return;
        }

        var names = security.SelectMany(r => r.Keys).Select(SchemeName).ToList();
        if (security.Count == 0 || security.All(r => r.Count == 0))
        {
            context.NotExpressible(JsonPointer.Append(pointer, "security"), "The operation needs no authentication, but a connector authenticates every call with its connection.");
        }
        else if (ChosenScheme is not null && !names.Contains(ChosenScheme))
        {
            context.NotExpressible(JsonPointer.Append(pointer, "security"),
                $"The operation asks for '{string.Join("', '", names)}', but a connector authenticates every call with its one connection.");
        }
    }

    private static string? SchemeName(OpenApiSecuritySchemeReference reference) => reference.Reference?.Id;

    private AuthModel? Convert(IOpenApiSecurityScheme scheme, string pointer)
    {
        var position = context.PositionOf(pointer);
        switch (scheme.Type)
        {
            case SecuritySchemeType.ApiKey when scheme.In is ParameterLocation.Header or ParameterLocation.Query && scheme.Name is { Length: > 0 } keyName:
                return AuthChoices.ApiKey(keyName, scheme.In == ParameterLocation.Header ? "header" : "query", position);
            case SecuritySchemeType.Http when string.Equals(scheme.Scheme, "basic", StringComparison.OrdinalIgnoreCase):
                return AuthChoices.Basic(position);
            case SecuritySchemeType.Http when string.Equals(scheme.Scheme, "bearer", StringComparison.OrdinalIgnoreCase):
                context.Derived(pointer, "Swagger 2.0 has no bearer scheme: the connection asks for the token as an API key sent in the Authorization header, to be entered as 'Bearer <token>'. An OAuth 2.0 sign-in, if the service offers one, serves users better.");
                return AuthChoices.BearerToken(position);
            case SecuritySchemeType.OAuth2 when scheme.Flows?.AuthorizationCode is { AuthorizationUrl: { } authorize, TokenUrl: { } token } flow:
                ReportOtherFlows(scheme.Flows, pointer);
                if (flow.RefreshUrl is null)
                {
                    context.Derived(JsonPointer.Append(pointer, "flows/authorizationCode"), "The platform's OAuth 2.0 sign-in needs a refresh URL; the token URL is used, as most services refresh there.");
                }

                context.Derived(pointer, $"OAuth 2.0 sign-in: register the connector's redirect URL ({AuthChoices.RedirectUrl}) with the service, and put the client id and secret in the model's auth (they are placeholders).");
                return AuthChoices.OAuth2(authorize.OriginalString, token.OriginalString, (flow.RefreshUrl ?? token).OriginalString, [.. flow.Scopes ?? new Dictionary<string, string>()], position);
            default:
                context.NotExpressible(pointer, $"A connector cannot authenticate with this scheme ({Describe(scheme)}); it is left out. Custom code or a policy may send what it needs.");
                return null;
        }
    }

    private void ReportOtherFlows(OpenApiOAuthFlows flows, string pointer)
    {
        foreach (var (name, flow) in new[] { ("implicit", flows.Implicit), ("password", flows.Password), ("clientCredentials", flows.ClientCredentials) })
        {
            if (flow is not null)
            {
                context.NotExpressible(JsonPointer.Append(JsonPointer.Append(pointer, "flows"), name), $"The connection signs in with the authorization code flow; the '{name}' flow is left out.");
            }
        }
    }

    private static string Describe(IOpenApiSecurityScheme scheme) => scheme.Type switch
    {
        SecuritySchemeType.ApiKey => $"an API key in the {scheme.In?.ToString().ToLowerInvariant() ?? "unknown place"}",
        SecuritySchemeType.Http => $"HTTP '{scheme.Scheme}'",
        SecuritySchemeType.OAuth2 => "OAuth 2.0 without the authorization code flow",
        SecuritySchemeType.OpenIdConnect => "OpenID Connect discovery",
        SecuritySchemeType.MutualTLS => "mutual TLS",
        _ => "an unknown type",
    };
}
