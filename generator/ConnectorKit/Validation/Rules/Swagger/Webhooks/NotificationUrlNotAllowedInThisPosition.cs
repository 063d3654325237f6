using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Webhooks;

/// <summary>The notification URL is an input the platform fills in; marking a response or notification payload with it means nothing.</summary>
public sealed class NotificationUrlNotAllowedInThisPosition : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(NotificationUrlNotAllowedInThisPosition), "'x-ms-notification-url' is set outside a request body.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var schema in DocumentSchemas.All(context.Definition.Swagger))
        {
            if (schema.Flow == SchemaFlow.Output && schema.Node.Child("x-ms-notification-url").BooleanOrNull() == true)
            {
                context.ReportSwagger(schema.Member("x-ms-notification-url"), "'x-ms-notification-url' marks where the platform puts the callback URL in a request body; it has no meaning in a response or notification payload. Remove it here.");
            }
        }
    }
}
