using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// The designer offers the outputs of one successful response schema. When several 2xx responses carry a schema, the
/// others are ignored. (Error responses with schemas do not compete and are not counted.)
/// </summary>
public sealed class OperationHasManyResponsesWithSchema : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationHasManyResponsesWithSchema),
        "An operation has several successful responses with a schema.", Severity.Warning);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var root = context.Definition.ApiDefinition;
        foreach (var operation in context.Definition.Swagger.Operations)
        {
            var responsesPointer = JsonPointer.Append(operation.Pointer, "responses");
            var withSchema = operation.Responses
                .Where(r => r.Key.Length == 3 && r.Key[0] == '2' && r.Value is JsonObject response
                    && LocalReferences.Resolve(root, response, JsonPointer.Append(responsesPointer, r.Key))?.Node.ContainsKey("schema") == true)
                .Select(r => r.Key)
                .ToList();
            if (withSchema.Count > 1)
            {
                context.Report(DefinitionFileKind.ApiDefinition, JsonPointer.Append(responsesPointer, withSchema[1]),
                    $"Operation '{OperationLookup.DisplayName(operation)}' has schemas on responses {string.Join(", ", withSchema)}; the designer uses only one, so keep a schema on the main successful response.");
            }
        }
    }
}
