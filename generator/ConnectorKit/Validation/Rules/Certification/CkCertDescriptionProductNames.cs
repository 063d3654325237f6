using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Certification;

/// <summary>Certification: the connector's description describes the service, without Power Platform product names.</summary>
public sealed class CkCertDescriptionProductNames : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkCertDescriptionProductNames), "The connector description uses a Power Platform product name.", Severity.Warning);

    public bool CertificationOnly => true;

    public void Validate(ValidationContext context)
    {
        if (context.Definition.ApiDefinition.Child("info").Child("description").StringOrNull() is { } description
            && CertificationText.FindWords(description, CertificationText.ProductNames) is { Count: > 0 } found)
        {
            context.Report(DefinitionFileKind.ApiDefinition, "/info/description",
                $"The description names {string.Join(", ", found.Select(w => $"'{w}'"))}; describe the service instead of where the connector is used.");
        }
    }
}
