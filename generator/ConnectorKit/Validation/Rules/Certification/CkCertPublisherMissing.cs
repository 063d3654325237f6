using ConnectorKit.Diagnostics;
using ConnectorKit.Hints;

namespace ConnectorKit.Validation.Rules.Certification;

/// <summary>Certification: apiProperties names the publisher and the stack owner (the company behind the service).</summary>
public sealed class CkCertPublisherMissing : IValidationRule
{
    private static readonly KeyFix AddPublisher = KeyFix.Add("publisher").InApiProperties();

    private static readonly KeyFix AddStackOwner = KeyFix.Add("stackOwner").InApiProperties();

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkCertPublisherMissing), "apiProperties has no publisher or stackOwner.", Severity.Error);

    public bool CertificationOnly => true;

    public IReadOnlyList<KeyFix> Fixes => [AddPublisher, AddStackOwner];

    public void Validate(ValidationContext context)
    {
        var properties = context.Definition.Properties;
        foreach (var (fix, value, who) in new[]
        {
            (AddPublisher, properties.Publisher, "who publishes the connector"),
            (AddStackOwner, properties.StackOwner, "who owns the service behind it"),
        })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                context.Report(fix.At("/properties"), hint => $"Certified connectors name {who}; {hint}.");
            }
        }
    }
}
