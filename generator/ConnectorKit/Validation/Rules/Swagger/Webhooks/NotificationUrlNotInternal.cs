using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Webhooks;

/// <summary>The user never types the callback URL: the property, or a parent of it, must be internal.</summary>
public sealed class NotificationUrlNotInternal : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(NotificationUrlNotInternal), "The notification URL property is not internal.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var site in NotificationUrlSites.All(context.Definition.Swagger))
        {
            if (!site.Parameter.IsInternal && !site.Chain.Any(s => s.Node.Child("x-ms-visibility").StringOrNull() == "internal"))
            {
                context.ReportSwagger(site.Pointer, "The platform fills the notification URL itself; mark this property (or its parent, or the body parameter) \"x-ms-visibility\": \"internal\".");
            }
        }
    }
}
