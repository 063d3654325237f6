using System.Text.RegularExpressions;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Certification;

/// <summary>
/// Certification: apiProperties iconBrandColor is the service's own colour as <c>#rrggbb</c>, not the default blue
/// (#007ee5) nor white (#ffffff).
/// </summary>
public sealed partial class CkCertBrandColor : IValidationRule
{
    private static readonly string[] Refused = ["#007ee5", "#ffffff"];

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkCertBrandColor), "iconBrandColor is missing, not #rrggbb, or #007ee5 or #ffffff.", Severity.Error);

    public bool CertificationOnly => true;

    public void Validate(ValidationContext context)
    {
        var properties = context.Definition.Properties;
        var color = properties.IconBrandColor;
        if (color is null)
        {
            context.Report(DefinitionFileKind.ApiProperties, properties.Properties is null ? JsonPointer.Root : "/properties",
                "apiProperties has no iconBrandColor; certified connectors set their brand colour as #rrggbb.");
        }
        else if (!HexColor().IsMatch(color))
        {
            context.Report(DefinitionFileKind.ApiProperties, "/properties/iconBrandColor", $"iconBrandColor '{color}' must be written as #rrggbb.");
        }
        else if (Refused.Contains(color, StringComparer.OrdinalIgnoreCase))
        {
            context.Report(DefinitionFileKind.ApiProperties, "/properties/iconBrandColor",
                $"iconBrandColor '{color}' is not allowed for certified connectors (neither #007ee5 nor #ffffff); use the service's brand colour.");
        }
    }

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex HexColor();
}
