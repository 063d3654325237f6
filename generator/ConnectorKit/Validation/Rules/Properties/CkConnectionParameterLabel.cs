using ConnectorKit.Diagnostics;
using ConnectorKit.Hints;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Properties;

/// <summary>Certification: each connection parameter a user fills in has a display name and a description (uiDefinition).</summary>
public sealed class CkConnectionParameterLabel : IValidationRule
{
    private static readonly KeyFix AddDisplayName = KeyFix.Add("uiDefinition/displayName").InApiProperties();

    private static readonly KeyFix AddDescription = KeyFix.Add("uiDefinition/description").InApiProperties();

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkConnectionParameterLabel), "A connection parameter has no display name or description.", Severity.Warning);

    public bool CertificationOnly => true;

    public IReadOnlyList<KeyFix> Fixes => [AddDisplayName, AddDescription];

    public void Validate(ValidationContext context)
    {
        foreach (var parameter in ConnectionParameters.All(context))
        {
            if (parameter.Node.Child("type").StringOrNull() is "oauthSetting" or "gatewaySetting" || parameter.Node is null)
            {
                continue;
            }

            var ui = parameter.Node.Child("uiDefinition").ObjectOrNull();
            foreach (var (fix, key, label) in new[] { (AddDisplayName, "displayName", "name"), (AddDescription, "description", "description") })
            {
                if (string.IsNullOrWhiteSpace(ui.Child(key).StringOrNull()))
                {
                    context.Report(fix.At(parameter.Pointer), hint =>
                        $"The connection parameter '{parameter.Name}' shows users no {label}, so they cannot tell what to enter; {hint}.");
                }
            }
        }
    }
}
