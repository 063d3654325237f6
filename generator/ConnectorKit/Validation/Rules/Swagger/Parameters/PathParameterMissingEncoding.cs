using ConnectorKit.Diagnostics;
using ConnectorKit.Hints;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Parameters;

/// <summary>
/// A string path parameter should say how it is encoded (<c>x-ms-url-encoding</c>): a value with '/' or '%' is
/// otherwise sent in a form the service may not expect. Numbers and booleans need no encoding, so they are left alone.
/// </summary>
public sealed class PathParameterMissingEncoding : IValidationRule
{
    private static readonly KeyFix AddEncoding = KeyFix.Add("x-ms-url-encoding", "single", "double");

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(PathParameterMissingEncoding), "A string path parameter does not set 'x-ms-url-encoding'.", Severity.Warning);

    public bool CertificationOnly => false;

    public IReadOnlyList<KeyFix> Fixes => [AddEncoding];

    public void Validate(ValidationContext context)
    {
        foreach (var parameter in SwaggerObjects.Parameters(context.Definition.Swagger))
        {
            if (parameter.IsIn("path") && parameter.Node.Child("type").StringOrNull() is null or "string" && !parameter.Node.ContainsKey("x-ms-url-encoding"))
            {
                context.Report(AddEncoding.At(parameter.Pointer), hint =>
                    $"The path parameter '{parameter.Node.Child("name").StringOrNull()}' does not say how its value is encoded; {hint}, the second if the service expects the value encoded twice.");
            }
        }
    }
}
