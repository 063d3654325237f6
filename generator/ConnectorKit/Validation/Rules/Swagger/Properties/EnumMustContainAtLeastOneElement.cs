using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>An empty <c>enum</c> would allow no value at all.</summary>
public sealed class EnumMustContainAtLeastOneElement : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(EnumMustContainAtLeastOneElement), "An 'enum' list is empty.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var site in TypedSites.All(context.Definition.Swagger))
        {
            if (site.Node.Child("enum") is JsonArray { Count: 0 })
            {
                context.ReportSwagger(site.Member("enum"), "The 'enum' list is empty, so no value would be allowed; list the allowed values or remove 'enum'.");
            }
        }
    }
}
