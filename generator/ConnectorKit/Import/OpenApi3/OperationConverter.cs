using System.Text.Json.Nodes;
using ConnectorKit.Expansion;
using ConnectorKit.Import.Conversion;
using ConnectorKit.Json;
using Microsoft.OpenApi;
using JsonPointer = ConnectorKit.Json.JsonPointer;

namespace ConnectorKit.Import.OpenApi3;

/// <summary>
/// Turns the operations of one OpenAPI 3 path item into Swagger 2.0 operations in Swagger's key order, deriving what a
/// connector needs and the document may lack (an operation id, a summary it can show) with a finding each, and
/// making operations with callbacks webhook triggers. Methods Swagger 2.0 does not have, and servers of a path or an
/// operation, are findings.
/// </summary>
internal sealed class OperationConverter(
    ConversionContext context,
    OperationNames names,
    ParameterConverter parameters,
    RequestBodyConverter bodies,
    ResponseConverter responses,
    SecurityConverter security,
    CallbackConverter callbacks)
{
    private static readonly string[] SwaggerMethods = ["get", "put", "post", "delete", "options", "head", "patch"];

    /// <summary>The paths of the webhook triggers made, for finding their unsubscribe operations.</summary>
    public List<(string Path, string Pointer)> Triggers { get; } = [];

    public JsonObject ConvertPathItem(string path, IOpenApiPathItem item, ConvertedParts parts)
    {
        var itemPointer = JsonPointer.Append("/paths", path);
        var converted = new JsonObject();
        context.Record(JsonPointer.Append("/paths", path), itemPointer);
        if (item.Servers is { Count: > 0 })
        {
            context.NotExpressible(JsonPointer.Append(itemPointer, "servers"), "A connector calls one host; the servers of this path are left out (a policy can route a path elsewhere).");
        }

        if (item.Summary is not null || item.Description is not null)
        {
            context.DocumentationLeftOut(itemPointer, "Swagger 2.0 path items have no summary or description; they are left out.");
        }

        var operations = (item.Operations ?? []).OrderBy(o => Array.IndexOf(SwaggerMethods, o.Key.Method.ToLowerInvariant()) is var i && i < 0 ? int.MaxValue : i);
        foreach (var (httpMethod, operation) in operations)
        {
            var method = httpMethod.Method.ToLowerInvariant();
            var pointer = JsonPointer.Append(itemPointer, method);
            if (!SwaggerMethods.Contains(method))
            {
                context.NotExpressible(pointer, $"Swagger 2.0 has no {httpMethod.Method} operations; this one is left out.");
                continue;
            }

            var swaggerOperation = Convert(path, method, item, operation, pointer);
            converted[method] = swaggerOperation;
            context.Record(JsonPointer.Append(JsonPointer.Append("/paths", path), method), pointer);
            if (callbacks.Apply(operation, pointer, swaggerOperation, converted, parts))
            {
                Triggers.Add((path, pointer));
            }
        }

        return converted;
    }

    private JsonObject Convert(string path, string method, IOpenApiPathItem item, OpenApiOperation operation, string pointer)
    {
        var result = new JsonObject();
        if (operation.Tags is { Count: > 0 } tags)
        {
            result["tags"] = new JsonArray([.. tags.Select(t => JsonValue.Create(t.Name))]);
        }

        var id = OperationId(operation, method, path, pointer);
        var summary = Summary(operation, id, pointer);
        result["summary"] = summary;
        result.AddIfPresent("description", Description(operation, summary));
        SchemaConverter.WriteExternalDocs(operation.ExternalDocs, result);
        result["operationId"] = id;

        var converted = parameters.ConvertAll(item.Parameters, operation.Parameters, JsonPointer.Append("/paths", path), pointer);
        var consumes = new List<string>();
        if (operation.RequestBody is { } body)
        {
            (var bodyParameters, consumes) = bodies.Convert(body, JsonPointer.Append(pointer, "requestBody"), method);
            converted.AddRange(bodyParameters);
        }

        var (convertedResponses, produces) = responses.ConvertAll(operation.Responses, JsonPointer.Append(pointer, "responses"));
        if (convertedResponses.Count == 0)
        {
            convertedResponses["default"] = new JsonObject { ["description"] = "The service's answer." };
            context.Derived(JsonPointer.Append(pointer, "responses"), "Swagger 2.0 operations list at least one response; a default response without content is written.");
        }

        result.AddIfAny("consumes", [.. consumes.Distinct(StringComparer.Ordinal)]);
        result.AddIfAny("produces", [.. produces.Distinct(StringComparer.Ordinal)]);
        if (converted.Count > 0)
        {
            result["parameters"] = new JsonArray([.. converted]);
        }

        result["responses"] = convertedResponses;
        if (operation.Deprecated)
        {
            result["deprecated"] = true;
        }

        if (operation.Servers is { Count: > 0 })
        {
            context.NotExpressible(JsonPointer.Append(pointer, "servers"), "A connector calls one host; the servers of this operation are left out (a policy can route an operation elsewhere).");
        }

        security.ReportOperationSecurity(operation, pointer);
        SchemaConverter.WriteExtensions(operation.Extensions, result);
        return result;
    }

    private string OperationId(OpenApiOperation operation, string method, string path, string pointer)
    {
        var written = operation.OperationId;
        var triggerName = CallbackConverter.TriggerName(operation);
        var id = names.Claim(OperationNames.PascalCase(written) ?? triggerName ?? OperationNames.FromRoute(method, path));
        if (written is null)
        {
            context.Derived(pointer, $"The operation has no operationId; it is named '{id}' after its {(triggerName is null ? "method and path" : "callback")}.");
        }
        else if (id != written)
        {
            context.Derived(JsonPointer.Append(pointer, "operationId"), $"A connector's operation ids are PascalCase letters and digits, unique; '{written}' is written '{id}'.");
        }

        return id;
    }

    /// <summary>A summary too long to show is kept at the start of the description, where it is read in full.</summary>
    private static string? Description(OpenApiOperation operation, string summary)
    {
        if (operation.Summary is not { Length: > OperationNames.SummaryLimit } full || full == summary || operation.Description?.Contains(full.Trim(), StringComparison.Ordinal) == true)
        {
            return operation.Description;
        }

        return operation.Description is { Length: > 0 } description ? full.Trim() + "\n\n" + description : full.Trim();
    }

    private string Summary(OpenApiOperation operation, string id, string pointer)
    {
        var fallback = OperationNames.SummaryOf(id);
        if (operation.Summary is not { Length: > 0 } summary)
        {
            context.Derived(pointer, $"The operation has no summary, which the designer shows as its name; '{fallback}' is derived from its id.");
            return fallback;
        }

        if (OperationNames.Fix(summary, fallback) is { } fixedSummary)
        {
            context.Derived(JsonPointer.Append(pointer, "summary"), $"The summary is written '{fixedSummary.Summary}': {fixedSummary.Reason}.");
            return fixedSummary.Summary;
        }

        return summary;
    }
}
