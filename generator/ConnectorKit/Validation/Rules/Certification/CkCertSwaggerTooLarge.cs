using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Certification;

/// <summary>
/// Certification: the swagger file is at most 1 MB. Measured as the toolkit writes the definition (canonical, indented
/// JSON), so a model and the folder generated from it measure the same.
/// </summary>
public sealed class CkCertSwaggerTooLarge : IValidationRule
{
    public const int MaximumBytes = 1024 * 1024;

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkCertSwaggerTooLarge), "The swagger file is larger than 1 MB.", Severity.Error);

    public bool CertificationOnly => true;

    public string? Notes => "Limit 1 MB (documented: certification submission guidance), measured on the canonical JSON.";

    public void Validate(ValidationContext context)
    {
        var size = CanonicalJsonWriter.ToBytes(context.Definition.ApiDefinition).Length;
        if (size > MaximumBytes)
        {
            context.Report(DefinitionFileKind.ApiDefinition, JsonPointer.Root,
                $"The swagger takes {size / 1024} KB written out; certified connectors keep it to {MaximumBytes / 1024} KB. Move long descriptions or split the connector.");
        }
    }
}
