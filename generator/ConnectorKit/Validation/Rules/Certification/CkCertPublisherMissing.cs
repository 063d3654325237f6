using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Certification;

/// <summary>Certification: apiProperties names the publisher and the stack owner (the company behind the service).</summary>
public sealed class CkCertPublisherMissing : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkCertPublisherMissing), "apiProperties has no publisher or stackOwner.", Severity.Error);

    public bool CertificationOnly => true;

    public void Validate(ValidationContext context)
    {
        var properties = context.Definition.Properties;
        var holder = properties.Properties is null ? JsonPointer.Root : "/properties";
        foreach (var (key, value) in new[] { ("publisher", properties.Publisher), ("stackOwner", properties.StackOwner) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                context.Report(DefinitionFileKind.ApiProperties, value is null ? holder : $"/properties/{key}",
                    $"apiProperties has no {key}; certified connectors name {(key == "publisher" ? "who publishes the connector" : "who owns the service behind it")}.");
            }
        }
    }
}
