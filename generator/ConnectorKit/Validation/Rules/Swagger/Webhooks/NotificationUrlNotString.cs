using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Webhooks;

/// <summary>The platform fills the notification URL property with a URL string.</summary>
public sealed class NotificationUrlNotString : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(NotificationUrlNotString), "The notification URL property is not a string.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var site in NotificationUrlSites.All(context.Definition.Swagger))
        {
            if (site.Node.Child("type").StringOrNull() is var type && type != "string")
            {
                context.ReportSwagger(site.Pointer, $"The property marked 'x-ms-notification-url' is of type '{type ?? "none"}'; the callback URL is a string, so give it \"type\": \"string\".");
            }
        }
    }
}
