using System.Text.RegularExpressions;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Hints;

namespace ConnectorKit.Validation.Rules.Certification;

/// <summary>
/// Certification: apiProperties iconBrandColor is the service's own colour as <c>#rrggbb</c>, not the default blue
/// (#007ee5) nor white (#ffffff).
/// </summary>
public sealed partial class CkCertBrandColor : IValidationRule
{
    private static readonly string[] Refused = ["#007ee5", "#ffffff"];

    private static readonly KeyFix AddBrandColor = KeyFix.Add("iconBrandColor").InApiProperties();

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkCertBrandColor), "iconBrandColor is missing, not #rrggbb, or #007ee5 or #ffffff.", Severity.Error);

    public bool CertificationOnly => true;

    public IReadOnlyList<KeyFix> Fixes => [AddBrandColor];

    public void Validate(ValidationContext context)
    {
        var color = context.Definition.Properties.IconBrandColor;
        var key = context.Terms.Name(DefinitionFileKind.ApiProperties, "iconBrandColor");
        if (color is null)
        {
            context.Report(AddBrandColor.At("/properties"), hint => $"Certified connectors set their brand colour as #rrggbb; {hint}.");
        }
        else if (!HexColor().IsMatch(color))
        {
            context.Report(DefinitionFileKind.ApiProperties, "/properties/iconBrandColor", $"{key} is '{color}'; write the colour as #rrggbb.");
        }
        else if (Refused.Contains(color, StringComparer.OrdinalIgnoreCase))
        {
            context.Report(DefinitionFileKind.ApiProperties, "/properties/iconBrandColor",
                $"{key} is '{color}', which certified connectors may not use (neither #007ee5 nor #ffffff); use the service's brand colour.");
        }
    }

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex HexColor();
}
