using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>
/// A Swagger object holds its fixed fields and extensions named <c>x-...</c>; any other key is a typo or a missing
/// prefix. Schema keywords Swagger left out of JSON Schema are <see cref="NotSupported.SwaggerKeywordNotSupported"/>'s.
/// </summary>
public sealed class ExtensionNameNotValid : IValidationRule
{
    private static readonly HashSet<string> ReportedElsewhere = new(StringComparer.Ordinal)
    {
        "oneOf", "anyOf", "not", "patternProperties", "dependencies", "additionalItems", "const", "contains", "propertyNames",
        "if", "then", "else", "nullable", "$schema", "$id", "id",
    };

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(ExtensionNameNotValid), "A key is neither a Swagger field nor an 'x-' extension.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var shaped in ShapedObjects.All(context.Definition.Swagger))
        {
            foreach (var (key, _) in shaped.Node)
            {
                if (!key.StartsWith("x-", StringComparison.Ordinal) && !shaped.Shape.Fields.ContainsKey(key)
                    && !(shaped.Shape == SwaggerShapes.Schema && ReportedElsewhere.Contains(key))
                    && !(shaped.Shape == SwaggerShapes.BodyParameter && SwaggerShapes.OtherParameter.Fields.ContainsKey(key)))
                {
                    context.ReportSwagger(shaped.Member(key), $"'{key}' is not a field of a Swagger {shaped.Shape.Name}; if it is an extension, its name must start with 'x-'.");
                }
            }
        }
    }
}
