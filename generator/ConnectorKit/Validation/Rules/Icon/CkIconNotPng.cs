using ConnectorKit.Diagnostics;

namespace ConnectorKit.Validation.Rules.Icon;

/// <summary>
/// The connector's icon is a real PNG file: it starts with the PNG signature, its IHDR header is whole and consistent,
/// and it ends with IEND. paconn uploads the icon settings.json names as the connector's picture, and certification
/// takes <c>icon.png</c> in PNG format only; an empty file or a JPEG renamed to .png would be refused there.
/// </summary>
public sealed class CkIconNotPng : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkIconNotPng), "The icon is not a valid PNG file.", Severity.Error);

    public bool CertificationOnly => false;

    public string? Notes => "The header is read as the PNG specification lays it out; the image itself is not decoded.";

    public void Validate(ValidationContext context)
    {
        if (context.Definition.Icon is { } icon && PngHeader.Read(icon.Content, out var problem) is null)
        {
            context.Report(context.IconPosition, $"The icon '{icon.FileName}' {problem}; save it as a PNG image.");
        }
    }
}
