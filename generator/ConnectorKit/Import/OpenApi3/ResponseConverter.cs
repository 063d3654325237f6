using System.Text.Json.Nodes;
using ConnectorKit.Expansion;
using ConnectorKit.Import.Conversion;
using Microsoft.OpenApi;
using JsonPointer = ConnectorKit.Json.JsonPointer;

namespace ConnectorKit.Import.OpenApi3;

/// <summary>
/// Turns OpenAPI 3 responses into Swagger 2.0 responses: the schema of the kept media type, the headers as simple
/// values, each media type's example under <c>examples</c>; every media type goes into the operation's
/// <c>produces</c>. Status code ranges (<c>2XX</c>) and links, which Swagger 2.0 does not have, are findings.
/// </summary>
internal sealed class ResponseConverter(ConversionContext context, SchemaConverter schemas, SimpleValues values, RequestBodyConverter bodies)
{
    /// <summary>The component responses written to the swagger's <c>responses</c>, by name.</summary>
    public HashSet<string> Reusable { get; } = new(StringComparer.Ordinal);

    public JsonObject ConvertComponent(string name, IOpenApiResponse response)
    {
        Reusable.Add(name);
        return Convert(response, ComponentReferences.Pointer("responses", name));
    }

    /// <summary>The responses of an operation, and the media types they are produced as.</summary>
    public (JsonObject Responses, List<string> Produces) ConvertAll(OpenApiResponses? responses, string pointer)
    {
        var converted = new JsonObject();
        var produces = new List<string>();
        foreach (var (status, response) in responses ?? [])
        {
            var responsePointer = JsonPointer.Append(pointer, status);
            if (!IsStatus(status))
            {
                context.NotExpressible(responsePointer, $"Swagger 2.0 responses are per status code, not a range like '{status}'; this response is left out.");
                continue;
            }

            produces.AddRange(((response as OpenApiResponseReference)?.Target ?? response).Content?.Keys ?? []);
            if (ComponentName(response) is { } name && Reusable.Contains(name))
            {
                converted[status] = new JsonObject { ["$ref"] = "#/responses/" + name };
                context.Record(responsePointer, responsePointer);
            }
            else
            {
                converted[status] = Convert(response, responsePointer);
            }
        }

        return (converted, produces);
    }

    private static bool IsStatus(string status) => status == "default" || (status.Length == 3 && status.All(char.IsAsciiDigit));

    private static string? ComponentName(IOpenApiResponse response) =>
        ComponentReferences.Name((response as OpenApiResponseReference)?.Reference, "responses");

    private JsonObject Convert(IOpenApiResponse response, string pointer)
    {
        if (ComponentName(response) is { } name)
        {
            pointer = ComponentReferences.Pointer("responses", name);
        }

        var result = new JsonObject { ["description"] = response.Description ?? string.Empty };
        if (MediaTypes.Choose(response.Content) is { } chosen)
        {
            bodies.ReportOtherSchemas(response.Content!, chosen, pointer, "response");
            if (chosen.Value.Schema is { } schema)
            {
                result["schema"] = schemas.Convert(schema, JsonPointer.Append(JsonPointer.Append(JsonPointer.Append(pointer, "content"), chosen.Key), "schema"));
            }
        }

        WriteHeaders(response, result, pointer);
        WriteExamples(response, result, pointer);
        if (response.Links is { Count: > 0 })
        {
            context.DocumentationLeftOut(JsonPointer.Append(pointer, "links"), "Swagger 2.0 has no links between operations; they are left out.");
        }

        SchemaConverter.WriteExtensions((response as IOpenApiReadOnlyExtensible)?.Extensions, result);
        context.Record(pointer, pointer);
        return result;
    }

    private void WriteHeaders(IOpenApiResponse response, JsonObject result, string pointer)
    {
        if (response.Headers is not { Count: > 0 } headers)
        {
            return;
        }

        var written = new JsonObject();
        foreach (var (name, header) in headers)
        {
            var headerPointer = JsonPointer.Append(JsonPointer.Append(pointer, "headers"), name);
            var converted = new JsonObject();
            converted.AddIfPresent("description", header.Description);
            values.Write(header.Schema, JsonPointer.Append(headerPointer, "schema"), converted, $"the header '{name}'");
            written[name] = converted;
        }

        result["headers"] = written;
    }

    /// <summary>Swagger 2.0's response examples are one value per media type: each media type's example, or the first of its named examples.</summary>
    private void WriteExamples(IOpenApiResponse response, JsonObject result, string pointer)
    {
        var examples = new JsonObject();
        foreach (var (mediaType, media) in response.Content ?? new Dictionary<string, IOpenApiMediaType>())
        {
            var mediaPointer = JsonPointer.Append(JsonPointer.Append(pointer, "content"), mediaType);
            if (media.Example is { } example)
            {
                examples[mediaType] = example.DeepClone();
            }
            else if (media.Examples is { Count: > 0 } named)
            {
                if (named.First().Value.Value is { } value)
                {
                    examples[mediaType] = value.DeepClone();
                }

                if (named.Count > 1)
                {
                    context.DocumentationLeftOut(JsonPointer.Append(mediaPointer, "examples"), $"Swagger 2.0 has one example per media type; the first of {named.Count} examples of '{mediaType}' is kept.");
                }
            }
        }

        if (examples.Count > 0)
        {
            result["examples"] = examples;
        }
    }
}
