using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Response;

/// <summary>HTTP header names ignore case, so two response headers that differ only in case are the same header.</summary>
public sealed class ResponseHeadersAreNotUnique : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(ResponseHeadersAreNotUnique), "A response declares the same header twice.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var response in SwaggerObjects.Responses(context.Definition.Swagger))
        {
            if (response.Node.Child("headers") is not JsonObject headers)
            {
                continue;
            }

            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (name, _) in headers)
            {
                if (!seen.Add(name))
                {
                    context.ReportSwagger(JsonPointer.Append(JsonPointer.Append(response.Pointer, "headers"), name), $"The header '{name}' is already declared in this response (header names ignore case); keep one.");
                }
            }
        }
    }
}
