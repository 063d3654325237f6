using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>
/// A dynamic extension must say what to call: an <c>operationId</c>, or a platform <c>capability</c> or
/// <c>builtInOperation</c> (Microsoft's own connectors use the latter two).
/// </summary>
public sealed class OneOfPropertiesRequired : IValidationRule
{
    private static readonly string[] Extensions = ["x-ms-dynamic-values", "x-ms-dynamic-list", "x-ms-dynamic-schema", "x-ms-dynamic-properties"];
    private static readonly string[] Targets = ["operationId", "capability", "builtInOperation"];

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OneOfPropertiesRequired), "A dynamic extension names nothing to call.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var site in TypedSites.All(context.Definition.Swagger))
        {
            foreach (var extension in Extensions)
            {
                if (site.Node[extension] is JsonObject dynamic && !Targets.Any(dynamic.ContainsKey))
                {
                    context.ReportSwagger(JsonPointer.Append(site.Pointer, extension), $"'{extension}' needs at least one of [{string.Join(", ", Targets)}] to know what to call.");
                }
            }
        }
    }
}
