using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>Each entry of <c>x-ms-enum-values</c> pairs a value with the <c>displayName</c> users see.</summary>
public sealed class MissingEnumValuesDisplayName : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(MissingEnumValuesDisplayName), "An 'x-ms-enum-values' entry has no 'displayName'.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var site in TypedSites.All(context.Definition.Swagger))
        {
            var entries = site.Node.Child("x-ms-enum-values").ArrayOrNull() ?? [];
            for (var index = 0; index < entries.Count; index++)
            {
                if (entries[index] is JsonObject entry && !entry.ContainsKey("displayName"))
                {
                    context.ReportSwagger(JsonPointer.Append(site.Member("x-ms-enum-values"), index), "This 'x-ms-enum-values' entry has no 'displayName'; add the name users should see for the value.");
                }
            }
        }
    }
}
