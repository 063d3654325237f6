using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.NotSupported;

/// <summary>
/// <c>collectionFormat</c> takes the values Swagger 2.0 defines; <c>multi</c> (one query or form field per element)
/// only where repeated fields exist, in <c>query</c> and <c>formData</c> parameters.
/// </summary>
public sealed class CollectionFormatValueNotSupported : IValidationRule
{
    private static readonly HashSet<string> Formats = new(StringComparer.Ordinal) { "csv", "ssv", "tsv", "pipes", "multi" };

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CollectionFormatValueNotSupported), "A 'collectionFormat' value is not supported here.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var site in TypedSites.All(context.Definition.Swagger))
        {
            if (site.Kind == TypedSiteKind.Schema || site.Node.Child("collectionFormat").StringOrNull() is not { } format)
            {
                continue;
            }

            var multiAllowed = site.Kind == TypedSiteKind.Parameter && site.Node.Child("in").StringOrNull() is "query" or "formData";
            if (!Formats.Contains(format) || (format == "multi" && !multiAllowed))
            {
                context.ReportSwagger(site.Member("collectionFormat"), format == "multi"
                    ? "The collection format 'multi' repeats the field per element, which only a 'query' or 'formData' parameter can do."
                    : $"The collection format '{format}' is not supported; use one of csv, ssv, tsv, pipes or multi.");
            }
        }
    }
}
