using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>
/// The fixed fields of Swagger objects, and the platform's common extensions, hold one JSON kind each: <c>required</c>
/// of a schema is a list, <c>summary</c> a string, <c>x-ms-notification-url</c> a boolean, and so on.
/// </summary>
public sealed class JsonTypeIncorrect : IValidationRule
{
    /// <summary>Extensions with a documented kind, wherever they appear.</summary>
    private static readonly Dictionary<string, JsonKinds> Extensions = new(StringComparer.Ordinal)
    {
        ["x-ms-summary"] = JsonKinds.String, ["x-ms-visibility"] = JsonKinds.String, ["x-ms-trigger"] = JsonKinds.String,
        ["x-ms-trigger-hint"] = JsonKinds.String, ["x-ms-url-encoding"] = JsonKinds.String, ["x-ms-notification-url"] = JsonKinds.Boolean,
        ["x-ms-dynamic-values"] = JsonKinds.Object, ["x-ms-dynamic-list"] = JsonKinds.Object, ["x-ms-dynamic-schema"] = JsonKinds.Object,
        ["x-ms-dynamic-properties"] = JsonKinds.Object, ["x-ms-dynamic-tree"] = JsonKinds.Object, ["x-ms-notification-content"] = JsonKinds.Object,
        ["x-ms-api-annotation"] = JsonKinds.Object, ["x-ms-enum-values"] = JsonKinds.Array, ["x-ms-connector-metadata"] = JsonKinds.Array,
    };

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(JsonTypeIncorrect), "A field holds a value of the wrong JSON type.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var shaped in ShapedObjects.All(context.Definition.Swagger))
        {
            foreach (var (key, value) in shaped.Node)
            {
                var expected = shaped.Shape.Fields.TryGetValue(key, out var field) ? field.Kinds : Extensions.GetValueOrDefault(key, JsonKinds.Any);
                if (expected != JsonKinds.Any && (JsonKindOf.Of(value) & expected) == 0)
                {
                    context.ReportSwagger(shaped.Member(key), $"'{key}' must hold a value of type {JsonKindOf.Name(expected)}, but it holds one of type {JsonKindOf.Name(value)}.");
                }
            }
        }
    }
}
