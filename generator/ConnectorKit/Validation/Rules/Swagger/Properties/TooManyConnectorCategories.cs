using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>A connector names at most two categories (Learn, "Certification submission", step 3b).</summary>
public sealed class TooManyConnectorCategories : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(TooManyConnectorCategories), "The connector names more categories than allowed.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var entry in ConnectorMetadata.Entries(context.Definition.ApiDefinition))
        {
            if (string.Equals(entry.Name, "Categories", StringComparison.OrdinalIgnoreCase) && entry.Value.StringOrNull() is { } value
                && ConnectorMetadata.SplitCategories(value).Count is var count && count > ConnectorMetadata.MaxCategories)
            {
                context.ReportSwagger(entry.ValuePointer, $"The connector names {count} categories; it may name at most {ConnectorMetadata.MaxCategories}.");
            }
        }
    }
}
