using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>
/// The <c>url</c> of contact, license and external docs, and the Website and Privacy policy metadata, are absolute
/// http(s) URLs.
/// </summary>
public sealed class UrlNotValid : IValidationRule
{
    private static readonly string[] LinkMetadata = ["Website", "Privacy policy"];

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(UrlNotValid), "A URL is not a valid absolute URL.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var shaped in ShapedObjects.All(context.Definition.Swagger))
        {
            if (shaped.Shape == SwaggerShapes.Contact || shaped.Shape == SwaggerShapes.License || shaped.Shape == SwaggerShapes.ExternalDocs)
            {
                Check(context, shaped.Node.Child("url").StringOrNull(), shaped.Member("url"));
            }
        }

        foreach (var entry in ConnectorMetadata.Entries(context.Definition.ApiDefinition))
        {
            if (LinkMetadata.Contains(entry.Name, StringComparer.OrdinalIgnoreCase))
            {
                Check(context, entry.Value.StringOrNull(), entry.ValuePointer);
            }
        }
    }

    private static void Check(ValidationContext context, string? url, string pointer)
    {
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https" && !url.Any(char.IsWhiteSpace)))
        {
            context.ReportSwagger(pointer, $"'{url}' is not an absolute URL; write it in full, as in 'https://www.contoso.com/privacy'.");
        }
    }
}
