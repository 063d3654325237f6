using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Certification;

/// <summary>Certification: info.contact says who supports the connector, with a name and an email or URL.</summary>
public sealed class CkCertContactMissing : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkCertContactMissing), "The connector has no contact (info.contact with a name and an email or URL).", Severity.Error);

    public bool CertificationOnly => true;

    public void Validate(ValidationContext context)
    {
        var info = context.Definition.ApiDefinition.Child("info").ObjectOrNull();
        if (info.Child("contact").ObjectOrNull() is not { } contact)
        {
            context.Report(DefinitionFileKind.ApiDefinition, info is null ? JsonPointer.Root : "/info",
                "The connector has no info.contact; certified connectors name who supports them (name, and email or url).");
            return;
        }

        var hasName = !string.IsNullOrWhiteSpace(contact.Child("name").StringOrNull());
        var hasReach = !string.IsNullOrWhiteSpace(contact.Child("email").StringOrNull()) || !string.IsNullOrWhiteSpace(contact.Child("url").StringOrNull());
        if (!hasName || !hasReach)
        {
            context.Report(DefinitionFileKind.ApiDefinition, "/info/contact",
                $"info.contact needs {(hasName ? string.Empty : "a name")}{(!hasName && !hasReach ? " and " : string.Empty)}{(hasReach ? string.Empty : "an email or url")}.");
        }
    }
}
