using System.Globalization;
using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// The designer expands every schema an operation uses (body, responses, notification content, with <c>$ref</c>s
/// expanded); too many make the operation unusable.
/// </summary>
public sealed class OperationSchemaCountExceedsMaxAllowed : IValidationRule
{
    /// <summary>
    /// Chosen, not documented: Microsoft's message names the limit only as {0}. Its documented limit is 512 schemas per
    /// body; an operation has a request body and a response body, so twice that. The largest operation among the 314
    /// corpus connectors uses 411 schemas.
    /// </summary>
    public const int MaxSchemas = 2 * SchemaLimits.SchemasPerBody;

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationSchemaCountExceedsMaxAllowed), "An operation uses too many schemas.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var root = context.Definition.ApiDefinition;
        var measure = new SchemaMeasure(root);
        foreach (var operation in context.Definition.Swagger.Operations)
        {
            var count = Count(root, operation, measure);
            if (count > MaxSchemas)
            {
                context.Report(DefinitionFileKind.ApiDefinition, operation.Pointer,
                    string.Create(CultureInfo.InvariantCulture, $"Operation '{OperationLookup.DisplayName(operation)}' uses {count} schemas once references are expanded; at most {MaxSchemas} are allowed. Remove properties or item definitions it does not need."));
            }
        }
    }

    /// <summary>The schemas of the operation's body, responses and notification content, with references expanded.</summary>
    internal static long Count(JsonObject root, OperationView operation, SchemaMeasure measure)
    {
        var roots = new List<SchemaEntry>();
        foreach (var parameter in OperationParameters.Effective(root, operation))
        {
            if (parameter.Schema is { } schema)
            {
                roots.Add(new SchemaEntry(schema, parameter.DefinitionMember("schema"), SchemaFlow.Input, null, SchemaLink.Root));
            }
        }

        var responsesPointer = JsonPointer.Append(operation.Pointer, "responses");
        foreach (var (code, node) in operation.Responses)
        {
            if (node is JsonObject response && LocalReferences.Resolve(root, response, JsonPointer.Append(responsesPointer, code)) is { } resolved
                && resolved.Node.Child("schema") is JsonObject schema)
            {
                roots.Add(new SchemaEntry(schema, JsonPointer.Append(resolved.Pointer, "schema"), SchemaFlow.Output, null, SchemaLink.Root));
            }
        }

        if (operation.Node.Child("x-ms-notification-content").Child("schema") is JsonObject notification)
        {
            roots.Add(new SchemaEntry(notification, JsonPointer.Append(JsonPointer.Append(operation.Pointer, "x-ms-notification-content"), "schema"), SchemaFlow.Output, null, SchemaLink.Root));
        }

        return roots.Sum(r => measure.Measure(r).Count);
    }
}
