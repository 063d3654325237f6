using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>Each category in the <c>Categories</c> metadata comes from Microsoft's fixed list (compared ignoring case).</summary>
public sealed class InvalidConnectorCategory : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(InvalidConnectorCategory), "A connector category is not one of the allowed categories.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var entry in ConnectorMetadata.Entries(context.Definition.ApiDefinition))
        {
            if (!string.Equals(entry.Name, "Categories", StringComparison.OrdinalIgnoreCase) || entry.Value.StringOrNull() is not { } value)
            {
                continue;
            }

            foreach (var category in ConnectorMetadata.SplitCategories(value).Where(c => !ConnectorMetadata.Categories.Contains(c, StringComparer.OrdinalIgnoreCase)))
            {
                context.ReportSwagger(entry.ValuePointer, $"'{category}' is not a connector category; choose from: {string.Join(", ", ConnectorMetadata.Categories)}.");
            }
        }
    }
}
