using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.NotSupported;

/// <summary>
/// Schema keywords of JSON Schema (or OpenAPI 3) that Swagger 2.0 left out, and <c>uniqueItems: true</c>, which Microsoft
/// names as unsupported. <c>uniqueItems: false</c> is the default and harmless, so it is accepted (certified
/// connectors write it on every property).
/// </summary>
public sealed class SwaggerKeywordNotSupported : IValidationRule
{
    private static readonly string[] Keywords =
    [
        "oneOf", "anyOf", "not", "patternProperties", "dependencies", "additionalItems", "const", "contains", "propertyNames",
        "if", "then", "else", "nullable", "$schema", "$id", "id",
    ];

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(SwaggerKeywordNotSupported), "A schema uses a keyword the platform does not support.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var schema in DocumentSchemas.All(context.Definition.Swagger))
        {
            foreach (var keyword in Keywords.Where(k => schema.Node.ContainsKey(k)))
            {
                context.ReportSwagger(schema.Member(keyword), $"The keyword '{keyword}' is not part of Swagger 2.0 schemas and the platform ignores or rejects it; remove it.");
            }

            if (schema.Node.Child("uniqueItems").BooleanOrNull() == true)
            {
                context.ReportSwagger(schema.Member("uniqueItems"), "The keyword 'uniqueItems' is not supported; remove it and check for duplicates in the service.");
            }
        }
    }
}
