using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Hints;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Webhooks;

/// <summary>The platform fills the notification URL property with a URL string.</summary>
public sealed class NotificationUrlNotString : IValidationRule
{
    private static readonly KeyFix SetString = KeyFix.Set("type", "string");

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(NotificationUrlNotString), "The notification URL property is not a string.", Severity.Error);

    public bool CertificationOnly => false;

    public IReadOnlyList<KeyFix> Fixes => [SetString];

    public void Validate(ValidationContext context)
    {
        foreach (var site in NotificationUrlSites.All(context.Definition.Swagger))
        {
            if (site.Node.Child("type").StringOrNull() is var type && type != "string")
            {
                context.Report(SetString.At(site.SchemaPointer), hint =>
                    $"The property marked {context.Terms.Name(DefinitionFileKind.ApiDefinition, "x-ms-notification-url")} is of type '{type ?? "none"}'; the callback URL is a string, so {hint}.");
            }
        }
    }
}
