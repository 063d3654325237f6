using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Extensions;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>
/// Fields with a closed set of values: a parameter's <c>in</c> and <c>type</c>, a schema's <c>type</c>, a security
/// scheme's <c>type</c>, <c>in</c> and <c>flow</c>, and the extensions <c>x-ms-visibility</c>, <c>x-ms-trigger</c> and
/// <c>x-ms-url-encoding</c>. Values are compared exactly, as the platform does; an empty visibility, which the
/// platform takes, is left to <see cref="CkVisibilityEmpty"/>.
/// </summary>
public sealed class JsonValueNotInEnum : IValidationRule
{
    private static readonly string[] SchemaTypes = ["string", "number", "integer", "boolean", "array", "object", "file"];
    private static readonly string[] ValueTypes = ["string", "number", "integer", "boolean", "array"];

    private static readonly Dictionary<string, string[]> Extensions = new(StringComparer.Ordinal)
    {
        ["x-ms-visibility"] = ["important", "advanced", "internal"],
        ["x-ms-trigger"] = ["single", "batch"],
        ["x-ms-url-encoding"] = ["single", "double"],
    };

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(JsonValueNotInEnum), "A field holds a value outside its allowed set.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var shaped in ShapedObjects.All(context.Definition.Swagger))
        {
            foreach (var (field, allowed) in AllowedValues(shaped))
            {
                if (shaped.Node[field].StringOrNull() is { } value && !allowed.Contains(value, StringComparer.Ordinal) && !IsEmptyVisibility(field, value))
                {
                    context.ReportSwagger(shaped.Member(field), $"'{value}' is not a valid {context.Terms.Name(DefinitionFileKind.ApiDefinition, field)}; use one of: {string.Join(", ", allowed)}.");
                }
            }
        }
    }

    /// <summary>An empty visibility, which certified connectors ship, is <see cref="CkVisibilityEmpty"/>'s warning.</summary>
    private static bool IsEmptyVisibility(string field, string value) => field == CkVisibilityEmpty.Key && value.Length == 0;

    private static IEnumerable<(string Field, string[] Allowed)> AllowedValues(ShapedObject shaped)
    {
        var shape = shaped.Shape;
        if (shape == SwaggerShapes.OtherParameter || shape == SwaggerShapes.BodyParameter)
        {
            yield return ("in", ["query", "header", "path", "formData", "body"]);
            yield return ("type", [.. ValueTypes, "file"]);
        }
        else if (shape == SwaggerShapes.Items || shape == SwaggerShapes.Header)
        {
            yield return ("type", ValueTypes);
        }
        else if (shape == SwaggerShapes.Schema)
        {
            yield return ("type", SchemaTypes);
        }
        else if (shape == SwaggerShapes.SecurityScheme)
        {
            yield return ("type", ["basic", "apiKey", "oauth2"]);
            yield return ("flow", ["implicit", "password", "application", "accessCode"]);
            if (shaped.Node.Child("type").StringOrNull() == "apiKey")
            {
                yield return ("in", ["query", "header"]);
            }
        }

        foreach (var (extension, allowed) in Extensions)
        {
            yield return (extension, allowed);
        }
    }
}
