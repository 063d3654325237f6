using ConnectorKit.Diagnostics;
using ConnectorKit.Hints;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>Certified connectors give their website, privacy policy and categories in <c>x-ms-connector-metadata</c>.</summary>
public sealed class ConnectorMetadataPropertiesMissing : IValidationRule
{
    /// <summary>One fix per required entry, keyed by its property name.</summary>
    private static readonly IReadOnlyDictionary<string, KeyFix> AddEntry = ConnectorMetadata.RequiredNames.ToDictionary(
        name => name, name => KeyFix.Add(ConnectorMetadata.Key + "/" + name), StringComparer.Ordinal);

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(ConnectorMetadataPropertiesMissing), "An entry of 'x-ms-connector-metadata' is missing.", Severity.Error);

    public bool CertificationOnly => true;

    public IReadOnlyList<KeyFix> Fixes => [.. ConnectorMetadata.RequiredNames.Select(name => AddEntry[name])];

    public void Validate(ValidationContext context)
    {
        var present = ConnectorMetadata.Entries(context.Definition.ApiDefinition).Select(e => e.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var name in ConnectorMetadata.RequiredNames.Where(n => !present.Contains(n)))
        {
            context.Report(AddEntry[name].At(JsonPointer.Root), hint => $"Certification needs the connector's {name.ToLowerInvariant()}: {hint}.");
        }
    }
}
