using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Response;

/// <summary>
/// The designer builds a trigger's outputs from the schema of its 200 or 201 response, or for a webhook from
/// <c>x-ms-notification-content</c> (on the operation or its path item); a trigger with neither shows no outputs.
/// </summary>
public sealed class SchemaDefinitionSetIncorrectly : IValidationRule
{
    private static readonly string[] SuccessCodes = ["200", "201"];

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(SchemaDefinitionSetIncorrectly), "A trigger defines no output schema.", Severity.Warning);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var swagger = context.Definition.Swagger;
        foreach (var operation in swagger.Operations.Where(o => o.IsTrigger))
        {
            var responsesPointer = JsonPointer.Append(operation.Pointer, "responses");
            var hasResponseSchema = SuccessCodes.Any(code => operation.Responses[code] is JsonObject response
                && LocalReferences.Resolve(swagger.Node, response, JsonPointer.Append(responsesPointer, code)) is { } resolved && resolved.Node.ContainsKey("schema"));
            if (!hasResponseSchema && operation.NotificationContent.Child("schema") is null)
            {
                context.ReportSwagger(operation.Pointer, $"The trigger '{operation.OperationId}' has no output schema, so the designer shows no outputs; add a schema to its 200 or 201 response, or for a webhook to {context.Terms.Name(DefinitionFileKind.ApiDefinition, "x-ms-notification-content")}.");
            }
        }
    }
}
