using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.NotSupported;

/// <summary>A path item must be written out: the platform does not follow a <c>$ref</c> there. (The code's spelling is Microsoft's.)</summary>
public sealed class PathItemRefNotSuppored : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(PathItemRefNotSuppored), "A path item uses '$ref'.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var (path, item) in context.Definition.Swagger.Paths ?? [])
        {
            if (item is JsonObject pathItem && pathItem.ContainsKey("$ref"))
            {
                context.ReportSwagger(JsonPointer.Append(JsonPointer.Append("/paths", path), "$ref"),
                    "A path item cannot be a '$ref'; write its operations under the path itself.");
            }
        }
    }
}
