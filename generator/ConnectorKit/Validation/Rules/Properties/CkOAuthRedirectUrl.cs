using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Properties;

/// <summary>Certification: OAuth settings redirect to the platform's global consent URL.</summary>
public sealed class CkOAuthRedirectUrl : IValidationRule
{
    public const string GlobalRedirectUrl = "https://global.consent.azure-apim.net/redirect";

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkOAuthRedirectUrl), "OAuth settings redirect elsewhere than the global consent URL.", Severity.Warning);

    public bool CertificationOnly => true;

    public void Validate(ValidationContext context)
    {
        foreach (var (settings, pointer, parameter) in ConnectionParameters.OAuthSettings(context))
        {
            if (settings.Child("redirectUrl").StringOrNull() is { } url && !url.StartsWith(GlobalRedirectUrl, StringComparison.OrdinalIgnoreCase))
            {
                context.Report(DefinitionFileKind.ApiProperties, JsonPointer.Append(pointer, "redirectUrl"),
                    $"The OAuth settings of '{parameter}' redirect to '{url}'; certified connectors use {GlobalRedirectUrl}.");
            }
        }
    }
}
