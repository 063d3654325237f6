using ConnectorKit.Diagnostics;
using ConnectorKit.Hints;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Parameters;

/// <summary>Query values are always encoded once; <c>x-ms-url-encoding</c> on a query parameter has no effect.</summary>
public sealed class QueryParameterEncodingNotSupported : IValidationRule
{
    private static readonly KeyFix RemoveEncoding = KeyFix.Remove("x-ms-url-encoding");

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(QueryParameterEncodingNotSupported), "A query parameter sets 'x-ms-url-encoding'.", Severity.Warning);

    public bool CertificationOnly => false;

    public IReadOnlyList<KeyFix> Fixes => [RemoveEncoding];

    public void Validate(ValidationContext context)
    {
        foreach (var parameter in SwaggerObjects.Parameters(context.Definition.Swagger))
        {
            if (parameter.IsIn("query") && parameter.Node.ContainsKey("x-ms-url-encoding"))
            {
                context.Report(RemoveEncoding.At(parameter.Pointer), hint =>
                    $"The query parameter '{parameter.Node.Child("name").StringOrNull()}' cannot choose its encoding: query values are always encoded once; {hint}.");
            }
        }
    }
}
