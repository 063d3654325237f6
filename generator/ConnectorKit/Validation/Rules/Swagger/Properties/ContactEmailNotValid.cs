using System.Text.RegularExpressions;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary><c>info.contact.email</c>, when given, must be one plain ASCII address.</summary>
public sealed partial class ContactEmailNotValid : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(ContactEmailNotValid), "The contact email is not a valid address.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        if (context.Definition.ApiDefinition.Child("info").Child("contact").Child("email").StringOrNull() is { } email && !EmailPattern().IsMatch(email))
        {
            context.ReportSwagger("/info/contact/email", $"'{email}' is not an email address; give one address such as 'support@contoso.com', in ASCII characters.");
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
