using System.Text.RegularExpressions;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>
/// Every entry of a <c>consumes</c> or <c>produces</c> list (root or operation) is a media type: <c>type/subtype</c>
/// with optional <c>;name=value</c> parameters (RFC 9110 tokens). Whether the platform supports it is another matter.
/// </summary>
public sealed partial class MimeTypeNotValid : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(MimeTypeNotValid), "A MIME type is not well formed.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var swagger = context.Definition.Swagger;
        var holders = new List<(System.Text.Json.Nodes.JsonObject Node, string Pointer)> { (swagger.Node, JsonPointer.Root) };
        holders.AddRange(swagger.Operations.Select(o => (o.Node, o.Pointer)));
        foreach (var (node, pointer) in holders)
        {
            foreach (var list in new[] { "consumes", "produces" })
            {
                var entries = node[list].ArrayOrNull() ?? [];
                for (var index = 0; index < entries.Count; index++)
                {
                    if (entries[index].StringOrNull() is { } mediaType && !MediaType().IsMatch(mediaType))
                    {
                        context.ReportSwagger(JsonPointer.Append(JsonPointer.Append(pointer, list), index), $"'{mediaType}' is not a MIME type; write it as type/subtype, as in 'application/json'.");
                    }
                }
            }
        }
    }

    [GeneratedRegex(@"^[!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+(\s*;\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+=([!#$%&'*+.^_`|~0-9A-Za-z-]+|""[^""]*""))*$", RegexOptions.CultureInvariant)]
    private static partial Regex MediaType();
}
