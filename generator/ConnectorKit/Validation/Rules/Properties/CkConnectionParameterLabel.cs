using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Properties;

/// <summary>Certification: each connection parameter a user fills in has a display name and a description (uiDefinition).</summary>
public sealed class CkConnectionParameterLabel : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkConnectionParameterLabel), "A connection parameter has no display name or description.", Severity.Warning);

    public bool CertificationOnly => true;

    public void Validate(ValidationContext context)
    {
        foreach (var parameter in ConnectionParameters.All(context))
        {
            if (parameter.Node.Child("type").StringOrNull() is "oauthSetting" or "gatewaySetting" || parameter.Node is null)
            {
                continue;
            }

            var ui = parameter.Node.Child("uiDefinition").ObjectOrNull();
            var missing = new[] { "displayName", "description" }.Where(k => string.IsNullOrWhiteSpace(ui.Child(k).StringOrNull())).ToList();
            if (missing.Count > 0)
            {
                context.Report(DefinitionFileKind.ApiProperties, ui is null ? parameter.Pointer : JsonPointer.Append(parameter.Pointer, "uiDefinition"),
                    $"The connection parameter '{parameter.Name}' needs a uiDefinition {string.Join(" and ", missing)} so users know what to enter.");
            }
        }
    }
}
