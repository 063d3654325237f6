using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Environments;

/// <summary>
/// Lays an environment over the loaded model, before it is checked and expanded: the host, the title suffix and the
/// brand colour go to <c>connector:</c>; the client id and the resource go to every OAuth sign-in (the single
/// <c>auth:</c> or each set's). A value the model has no place for (a client id without OAuth) is error CK6002 at the
/// value, so an environment never silently does nothing.
/// </summary>
public static class EnvironmentOverlayApplier
{
    /// <summary>The custom parameter Microsoft Entra ID sign-ins read the resource from.</summary>
    public const string ResourceParameter = "resourceUri";

    public static ConnectorModel Apply(ConnectorModel model, EnvironmentOverlay overlay, DiagnosticBag diagnostics)
    {
        var info = model.Info with
        {
            Host = overlay.Host?.Text ?? model.Info.Host,
            Title = model.Info.Title + (overlay.TitleSuffix?.Text ?? string.Empty),
            BrandColor = overlay.BrandColor?.Text ?? model.Info.BrandColor,
        };

        var oauthCount = OAuthSignIns(model).Count();
        if (oauthCount == 0)
        {
            NotApplicable(overlay.ClientId, "the model has no OAuth 2.0 sign-in (auth: type: oauth2) to give a client id to", diagnostics);
            NotApplicable(overlay.ClientSecretVariable, "the model has no OAuth 2.0 sign-in, so no client secret is uploaded", diagnostics);
        }

        if (overlay.Resource is { } resource && !OAuthSignIns(model).Any(IsEntraId))
        {
            NotApplicable(resource, "the model has no Microsoft Entra ID sign-in (auth: identityProvider: aad or aadcertificate), which is what reads a resource", diagnostics);
        }

        return model with
        {
            Info = info,
            Auth = model.Auth is { } auth ? Apply(auth, overlay) : null,
            ConnectionParameterSets = model.ConnectionParameterSets is { } sets
                ? sets with { Sets = [.. sets.Sets.Select(set => set.Auth is { } setAuth ? set with { Auth = Apply(setAuth, overlay) } : set)] }
                : null,
        };
    }

    private static IEnumerable<AuthModel> OAuthSignIns(ConnectorModel model) =>
        new[] { model.Auth }.Concat(model.ConnectionParameterSets?.Sets.Select(s => s.Auth) ?? [])
            .OfType<AuthModel>()
            .Where(a => a.Kind == AuthKind.OAuth2);

    private static bool IsEntraId(AuthModel auth) => auth.IdentityProvider is "aad" or "aadcertificate";

    private static AuthModel Apply(AuthModel auth, EnvironmentOverlay overlay)
    {
        if (auth.Kind != AuthKind.OAuth2)
        {
            return auth;
        }

        var withClient = overlay.ClientId is { } clientId ? auth with { ClientId = clientId.Text } : auth;
        return overlay.Resource is { } resource && IsEntraId(auth) ? withClient with { CustomParameters = WithResource(auth.CustomParameters, resource, auth.Position) } : withClient;
    }

    private static RawJson WithResource(RawJson? parameters, OverlayValue resource, SourcePosition authPosition)
    {
        var value = parameters?.Value is JsonObject existing ? (JsonObject)existing.DeepClone() : [];
        value[ResourceParameter] = new JsonObject { ["value"] = resource.Text }; // the form the loader gives a scalar
        var positions = new Dictionary<string, SourcePosition>(parameters?.Positions ?? new Dictionary<string, SourcePosition>(), StringComparer.Ordinal)
        {
            ["/" + ResourceParameter] = resource.Position,
        };
        return new RawJson(value, positions, parameters?.Position ?? authPosition);
    }

    private static void NotApplicable(OverlayValue? value, string reason, DiagnosticBag diagnostics)
    {
        if (value is not null)
        {
            diagnostics.Add(DiagnosticCodes.EnvironmentNotApplicable, value.Position, $"This value has no effect: {reason}. Remove it from the environment.");
        }
    }
}
