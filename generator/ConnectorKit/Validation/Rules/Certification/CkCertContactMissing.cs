using ConnectorKit.Diagnostics;
using ConnectorKit.Hints;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Certification;

/// <summary>Certification: info.contact says who supports the connector, with a name and an email or URL.</summary>
public sealed class CkCertContactMissing : IValidationRule
{
    private static readonly KeyFix AddContact = KeyFix.Add("info/contact");

    private static readonly KeyFix AddName = KeyFix.Add("info/contact/name");

    private static readonly KeyFix AddEmail = KeyFix.Add("info/contact/email");

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkCertContactMissing), "The connector has no contact (info.contact with a name and an email or URL).", Severity.Error);

    public bool CertificationOnly => true;

    public IReadOnlyList<KeyFix> Fixes => [AddContact, AddName, AddEmail];

    public void Validate(ValidationContext context)
    {
        if (context.Definition.ApiDefinition.Child("info").Child("contact").ObjectOrNull() is not { } contact)
        {
            context.Report(AddContact.At(JsonPointer.Root), hint =>
                $"The connector names no contact; certified connectors name who supports them: {hint}, with a name and an email or url.");
            return;
        }

        if (string.IsNullOrWhiteSpace(contact.Child("name").StringOrNull()))
        {
            context.Report(AddName.At(JsonPointer.Root), hint => $"The connector's contact has no name; {hint}.");
        }

        if (string.IsNullOrWhiteSpace(contact.Child("email").StringOrNull()) && string.IsNullOrWhiteSpace(contact.Child("url").StringOrNull()))
        {
            context.Report(AddEmail.At(JsonPointer.Root), hint => $"The connector's contact gives no way to reach it; {hint}, or a url.");
        }
    }
}
