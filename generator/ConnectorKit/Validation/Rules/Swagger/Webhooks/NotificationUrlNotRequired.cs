using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Webhooks;

/// <summary>
/// The callback URL must always be sent: each property on the way from the body's schema down to the notification URL
/// is in its parent's <c>required</c> list. The body parameter's own <c>required</c> flag is not part of that chain
/// (the platform always sends the body of a subscription; nine certified connectors leave the flag off).
/// </summary>
public sealed class NotificationUrlNotRequired : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(NotificationUrlNotRequired), "The notification URL property is not required all the way down.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var site in NotificationUrlSites.All(context.Definition.Swagger))
        {
            if (FirstOptional(site.Chain) is { } optional)
            {
                context.ReportSwagger(site.Pointer, $"'{optional}' is optional, so the notification URL may not be sent; list every property down to the URL in its parent's 'required'.");
            }
        }
    }

    private static string? FirstOptional(IReadOnlyList<SchemaStep> chain)
    {
        for (var index = 1; index < chain.Count; index++)
        {
            if (chain[index].PropertyName is { } name
                && !(chain[index - 1].Node.Child("required") is JsonArray required && required.Any(r => r.StringOrNull() == name)))
            {
                return name;
            }
        }

        return null;
    }
}
