using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Shared;

/// <summary>A parameter object as written (it may be a <c>$ref</c>); <see cref="Operation"/> is null for shared and path-item parameters.</summary>
internal readonly record struct ParameterEntry(JsonObject Node, string Pointer, OperationView? Operation)
{
    public string? In => Node.Child("in").StringOrNull();

    public bool IsReference => Node.ContainsKey("$ref");

    /// <summary>Defined under <c>#/parameters</c>.</summary>
    public bool IsShared => Pointer.StartsWith("/parameters/", StringComparison.Ordinal);

    public bool IsIn(string location) => string.Equals(In, location, StringComparison.Ordinal);
}

/// <summary>A response object as written (it may be a <c>$ref</c>), under its status code or shared name.</summary>
internal readonly record struct ResponseEntry(JsonObject Node, string Pointer, string Key, OperationView? Operation)
{
    public bool IsReference => Node.ContainsKey("$ref");

    /// <summary>Defined under <c>#/responses</c>.</summary>
    public bool IsShared => Operation is null;
}

/// <summary>
/// Lists the parameter and response objects written anywhere in a Swagger document, in file order, each once:
/// the shared ones (<c>#/parameters</c>, <c>#/responses</c>), those of path items and those of operations.
/// </summary>
internal static class SwaggerObjects
{
    public static IEnumerable<ParameterEntry> Parameters(SwaggerDocument document)
    {
        foreach (var (name, node) in document.SharedParameters ?? [])
        {
            if (node is JsonObject parameter)
            {
                yield return new ParameterEntry(parameter, JsonPointer.Append("/parameters", name), null);
            }
        }

        foreach (var (path, item) in document.Paths ?? [])
        {
            var pathPointer = JsonPointer.Append("/paths", path);
            foreach (var entry in ListEntries(item.Child("parameters"), JsonPointer.Append(pathPointer, "parameters"), null))
            {
                yield return entry;
            }
        }

        foreach (var operation in document.Operations)
        {
            foreach (var entry in ListEntries(operation.Node.Child("parameters"), JsonPointer.Append(operation.Pointer, "parameters"), operation))
            {
                yield return entry;
            }
        }
    }

    public static IEnumerable<ResponseEntry> Responses(SwaggerDocument document)
    {
        foreach (var (name, node) in document.SharedResponses ?? [])
        {
            if (node is JsonObject response)
            {
                yield return new ResponseEntry(response, JsonPointer.Append("/responses", name), name, null);
            }
        }

        foreach (var operation in document.Operations)
        {
            var responsesPointer = JsonPointer.Append(operation.Pointer, "responses");
            foreach (var (code, node) in operation.Responses)
            {
                if (node is JsonObject response)
                {
                    yield return new ResponseEntry(response, JsonPointer.Append(responsesPointer, code), code, operation);
                }
            }
        }
    }

    private static IEnumerable<ParameterEntry> ListEntries(JsonNode? list, string listPointer, OperationView? operation)
    {
        if (list is not JsonArray entries)
        {
            yield break;
        }

        for (var index = 0; index < entries.Count; index++)
        {
            if (entries[index] is JsonObject parameter)
            {
                yield return new ParameterEntry(parameter, JsonPointer.Append(listPointer, index), operation);
            }
        }
    }
}
