using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>
/// A <c>default</c> is a value of the declared type: "10" is not an integer and "false" is not a boolean. A null default
/// means "no default" and is left alone.
/// </summary>
public sealed class DefaultValueMustMatchType : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(DefaultValueMustMatchType), "A 'default' value does not have the declared type.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var site in TypedSites.All(context.Definition.Swagger))
        {
            if (site.Node.TryGetPropertyValue("default", out var value) && value is not null && JsonKindOf.ForType(site.Type) is { } expected
                && (JsonKindOf.Of(value) & expected) == 0)
            {
                context.ReportSwagger(site.Member("default"), $"The default value is of type '{JsonKindOf.Name(value)}' but the declared type is '{site.Type}'; write the default as a value of type '{site.Type}'.");
            }
        }
    }
}
