using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>Connectors are Swagger 2.0 documents: <c>swagger</c> must be the string "2.0".</summary>
public sealed class SpecificationVersionIncorrect : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(SpecificationVersionIncorrect), "The 'swagger' version is not \"2.0\".", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var root = context.Definition.ApiDefinition;
        if (root.ContainsKey("swagger") && root.Child("swagger").StringOrNull() != "2.0")
        {
            context.ReportSwagger("/swagger", "Only Swagger 2.0 is supported: set 'swagger' to the string \"2.0\".");
        }
    }
}
