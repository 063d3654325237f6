using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Properties;

/// <summary>
/// OAuth settings carry what their identity provider needs: a <c>clientId</c> key (empty or a placeholder is fine, and
/// it may come from a <c>name:ClientId</c> connection parameter instead), and for Azure AD (<c>aad</c>,
/// <c>aadcertificate</c>) the resource (<c>resourceUri</c>, or the <c>AzureActiveDirectoryResourceId</c> property), for
/// generic OAuth 2.0 (<c>oauth2</c>) the authorization, token and refresh URLs, for <c>oauth2generic</c> their templates.
/// </summary>
public sealed class CkOAuthSettingMissing : IValidationRule
{
    private static readonly Dictionary<string, string[]> RequiredCustomParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["oauth2"] = ["authorizationUrl", "tokenUrl", "refreshUrl"],
        ["oauth2generic"] = ["authorizationUrlTemplate", "tokenUrlTemplate", "refreshUrlTemplate"],
    };

    private static readonly string[] AzureAd = ["aad", "aadcertificate"];

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkOAuthSettingMissing), "OAuth settings lack a setting their identity provider needs.", Severity.Error);

    public bool CertificationOnly => false;

    public string? Notes => "Azure AD's loginUri and tenantId are not required: certified connectors leave them out and the platform defaults them.";

    public void Validate(ValidationContext context)
    {
        var parameterNames = ConnectionParameters.All(context).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (settings, pointer, parameter) in ConnectionParameters.OAuthSettings(context))
        {
            if (settings.Child("identityProvider").StringOrNull() is not { } provider)
            {
                context.Report(DefinitionFileKind.ApiProperties, pointer, $"The OAuth settings of '{parameter}' name no identityProvider.");
                continue;
            }

            var userSuppliedApp = parameterNames.Contains($"{parameter}:ClientId");
            if (settings.Child("clientId") is null && !userSuppliedApp && !string.Equals(provider, "oauth2generic", StringComparison.OrdinalIgnoreCase))
            {
                context.Report(DefinitionFileKind.ApiProperties, pointer, $"The '{provider}' OAuth settings of '{parameter}' need a clientId (a placeholder is fine).");
            }

            var custom = settings.Child("customParameters").ObjectOrNull();
            var customPointer = custom is null ? pointer : JsonPointer.Append(pointer, "customParameters");
            if (AzureAd.Contains(provider, StringComparer.OrdinalIgnoreCase) && !HasValue(custom, "resourceUri")
                && settings.Child("properties").Child("AzureActiveDirectoryResourceId").StringOrNull() is not { Length: > 0 })
            {
                context.Report(DefinitionFileKind.ApiProperties, customPointer,
                    $"The '{provider}' OAuth settings of '{parameter}' need the resource to sign in to: the custom parameter 'resourceUri' (or the property 'AzureActiveDirectoryResourceId').");
            }

            foreach (var name in RequiredCustomParameters.GetValueOrDefault(provider, []).Where(n => !HasValue(custom, n)))
            {
                context.Report(DefinitionFileKind.ApiProperties, customPointer, $"The '{provider}' OAuth settings of '{parameter}' need the custom parameter '{name}' with a value.");
            }
        }
    }

    /// <summary>The platform matches custom parameter names ignoring case (the corpus has both tokenUrl and TokenUrl).</summary>
    private static bool HasValue(JsonObject? custom, string name) =>
        custom?.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value.Child("value").StringOrNull() is { Length: > 0 };
}
