using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>Certified connectors give their website, privacy policy and categories in <c>x-ms-connector-metadata</c>.</summary>
public sealed class ConnectorMetadataPropertiesMissing : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(ConnectorMetadataPropertiesMissing), "An entry of 'x-ms-connector-metadata' is missing.", Severity.Error);

    public bool CertificationOnly => true;

    public void Validate(ValidationContext context)
    {
        var root = context.Definition.ApiDefinition;
        var present = ConnectorMetadata.Entries(root).Select(e => e.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var pointer = root.ContainsKey(ConnectorMetadata.Key) ? ConnectorMetadata.Pointer : JsonPointer.Root;
        foreach (var name in ConnectorMetadata.RequiredNames.Where(n => !present.Contains(n)))
        {
            context.ReportSwagger(pointer, $"Certification needs the connector metadata '{name}': add {{ \"propertyName\": \"{name}\", \"propertyValue\": ... }} to '{ConnectorMetadata.Key}'.");
        }
    }
}
