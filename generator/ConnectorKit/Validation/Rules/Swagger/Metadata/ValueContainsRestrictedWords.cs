using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Certification;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Metadata;

/// <summary>A certified connector's title does not say "API" or "Connector", nor name a Power Platform product.</summary>
public sealed class ValueContainsRestrictedWords : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(ValueContainsRestrictedWords), "The title contains a restricted word.", Severity.Error);

    public bool CertificationOnly => true;

    public void Validate(ValidationContext context)
    {
        if (CertificationText.Title(context) is { } title && CertificationText.RestrictedWords(title) is { Count: > 0 } words)
        {
            context.ReportSwagger(CertificationText.TitlePointer, $"The title '{title}' uses '{string.Join("', '", words)}'; a connector's title names the service only, without 'API', 'Connector' or Power Platform product names.");
        }
    }
}
