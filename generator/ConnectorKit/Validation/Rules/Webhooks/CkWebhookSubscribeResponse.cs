using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Webhooks;

/// <summary>
/// Certification: a webhook trigger's subscribe operation answers 201 with a Location header, the URL of the new
/// subscription the platform later deletes (Microsoft's webhook trigger guidance).
/// </summary>
public sealed class CkWebhookSubscribeResponse : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkWebhookSubscribeResponse), "A webhook trigger does not document a 201 response with a Location header.", Severity.Warning);

    public bool CertificationOnly => true;

    public void Validate(ValidationContext context)
    {
        foreach (var trigger in context.Definition.Swagger.Operations.Where(o => o.IsWebhookTrigger))
        {
            var name = trigger.OperationId ?? trigger.Path;
            var responsesPointer = JsonPointer.Append(trigger.Pointer, "responses");
            if (Resolve(context, trigger.Responses.Child("201")) is not JsonObject created)
            {
                context.Report(DefinitionFileKind.ApiDefinition, responsesPointer,
                    $"The webhook trigger {name} should answer the subscription with 201 Created and a Location header naming the subscription.");
            }
            else if (!(created.Child("headers").ObjectOrNull() ?? []).Any(h => string.Equals(h.Key, "Location", StringComparison.OrdinalIgnoreCase)))
            {
                context.Report(DefinitionFileKind.ApiDefinition, JsonPointer.Append(responsesPointer, "201"),
                    $"The 201 response of the webhook trigger {name} should declare the Location header, the subscription URL the platform deletes.");
            }
        }
    }

    /// <summary>The response itself, or the shared response a local <c>$ref</c> names.</summary>
    private static JsonObject? Resolve(ValidationContext context, JsonNode? response) =>
        response.Child("$ref").StringOrNull() is { } reference && reference.StartsWith("#/responses/", StringComparison.Ordinal)
            ? context.Definition.Swagger.SharedResponses?[JsonPointer.Unescape(reference["#/responses/".Length..])].ObjectOrNull()
            : response.ObjectOrNull();
}
