using ConnectorKit.Diagnostics;
using ConnectorKit.Hints;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Webhooks;

/// <summary>The user never types the callback URL: the property, or a parent of it, must be internal.</summary>
public sealed class NotificationUrlNotInternal : IValidationRule
{
    private static readonly KeyFix SetInternal = KeyFix.Set("x-ms-visibility", "internal");

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(NotificationUrlNotInternal), "The notification URL property is not internal.", Severity.Error);

    public bool CertificationOnly => false;

    public IReadOnlyList<KeyFix> Fixes => [SetInternal];

    public void Validate(ValidationContext context)
    {
        foreach (var site in NotificationUrlSites.All(context.Definition.Swagger))
        {
            if (!site.Parameter.IsInternal && !site.Chain.Any(s => s.Node.Child("x-ms-visibility").StringOrNull() == "internal"))
            {
                context.Report(SetInternal.At(site.SchemaPointer), hint =>
                    $"The platform fills the notification URL itself; {hint} on this property (or on its parent, or on the body parameter).");
            }
        }
    }
}
