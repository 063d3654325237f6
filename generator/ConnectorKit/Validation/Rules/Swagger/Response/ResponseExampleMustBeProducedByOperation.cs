using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Response;

/// <summary>
/// A response's <c>examples</c> are keyed by MIME type, and each must be one the operation produces (its own
/// <c>produces</c>, or the root's). Operations that declare no <c>produces</c> at all are left alone.
/// </summary>
public sealed class ResponseExampleMustBeProducedByOperation : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(ResponseExampleMustBeProducedByOperation), "A response example has a MIME type the operation does not produce.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var swagger = context.Definition.Swagger;
        foreach (var response in SwaggerObjects.Responses(swagger))
        {
            if (response.Operation is not { } operation || response.Node.Child("examples") is not JsonObject examples
                || (operation.Node.Child("produces") ?? swagger.Node.Child("produces")) is not JsonArray produces)
            {
                continue;
            }

            var mediaTypes = produces.Select(p => p.StringOrNull()).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var (mediaType, _) in examples)
            {
                if (!mediaTypes.Contains(mediaType))
                {
                    context.ReportSwagger(JsonPointer.Append(JsonPointer.Append(response.Pointer, "examples"), mediaType),
                        $"The example for '{mediaType}' does not match anything operation '{operation.OperationId}' produces; add the type to 'produces' or key the example by a produced type.");
                }
            }
        }
    }
}
