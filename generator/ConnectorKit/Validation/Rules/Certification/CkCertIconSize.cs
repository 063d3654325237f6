using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Icon;

namespace ConnectorKit.Validation.Rules.Certification;

/// <summary>
/// Certification: the icon is a square of about 230 x 230 pixels (the logo, about 160 x 160, sits inside it). Microsoft
/// writes "approximately", so this is a warning and sides from 200 to 260 pixels pass; an icon that is not a PNG is
/// <see cref="CkIconNotPng"/>'s finding, not this one's.
/// </summary>
public sealed class CkCertIconSize : IValidationRule
{
    public const int ExpectedSide = 230;
    public const int SmallestSide = 200;
    public const int LargestSide = 260;

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkCertIconSize), "The icon is not a square of about 230 x 230 pixels.", Severity.Warning);

    public bool CertificationOnly => true;

    public string? Notes =>
        "About 230 x 230 pixels, square (documented: certification submission guidance, \"Design an icon for your connector\"); sides of 200 to 260 pixels pass (chosen).";

    public void Validate(ValidationContext context)
    {
        if (context.Definition.Icon is not { } icon || PngHeader.Read(icon.Content, out _) is not { } header)
        {
            return;
        }

        if (header.Width != header.Height)
        {
            context.Report(context.IconPosition,
                $"The icon '{icon.FileName}' is {header.Width} x {header.Height} pixels; certified connectors have a square icon of about {ExpectedSide} x {ExpectedSide} pixels.");
        }
        else if (header.Width is < SmallestSide or > LargestSide)
        {
            context.Report(context.IconPosition,
                $"The icon '{icon.FileName}' is {header.Width} x {header.Height} pixels; certified connectors have an icon of about {ExpectedSide} x {ExpectedSide} pixels, with the logo about 160 x 160 pixels inside it.");
        }
    }
}
