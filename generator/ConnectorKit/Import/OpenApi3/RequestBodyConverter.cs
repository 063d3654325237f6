using System.Text.Json.Nodes;
using ConnectorKit.Expansion;
using ConnectorKit.Import.Conversion;
using ConnectorKit.Json;
using Microsoft.OpenApi;
using JsonPointer = ConnectorKit.Json.JsonPointer;

namespace ConnectorKit.Import.OpenApi3;

/// <summary>
/// Turns an OpenAPI 3 request body into Swagger 2.0 parameters: one <c>body</c> parameter with the schema of the kept
/// media type, or, for a form (url-encoded or multipart), one <c>formData</c> parameter per property (a binary
/// property of a multipart form is a file). Every media type of the body goes into <c>consumes</c>.
/// </summary>
internal sealed class RequestBodyConverter(ConversionContext context, SchemaConverter schemas, SimpleValues values)
{
    /// <summary>The body's parameters (none when it has no content) and the media types it is sent as.</summary>
    public (List<JsonObject> Parameters, List<string> Consumes) Convert(IOpenApiRequestBody body, string pointer, string method)
    {
        if (ComponentReferences.Name((body as OpenApiRequestBodyReference)?.Reference, "requestBodies") is { } name)
        {
            pointer = ComponentReferences.Pointer("requestBodies", name);
        }

        if (method is "get" or "head")
        {
            context.NotExpressible(pointer, $"A connector's {method.ToUpperInvariant()} operation takes no body (Swagger 2.0 and the platform send none); the request body is left out.");
            return ([], []);
        }

        if (MediaTypes.Choose(body.Content) is not { } chosen)
        {
            return ([], []);
        }

        var contentPointer = JsonPointer.Append(JsonPointer.Append(pointer, "content"), chosen.Key);
        var consumes = body.Content!.Keys.ToList();
        ReportOtherSchemas(body.Content!, chosen, pointer, "request body");
        if (MediaTypes.IsForm(chosen.Key) && SchemaConverter.Resolve(chosen.Value.Schema ?? new OpenApiSchema()) is { Properties.Count: > 0 } form)
        {
            return (FormFields(form, chosen.Value.Schema!, contentPointer, MediaTypes.Essence(chosen.Key) == MediaTypes.Multipart), consumes);
        }

        var parameter = new JsonObject
        {
            ["name"] = BodyName(body),
            ["in"] = "body",
        };
        parameter.AddIfPresent("description", body.Description);
        if (body.Required)
        {
            parameter["required"] = true;
        }

        parameter["schema"] = chosen.Value.Schema is { } schema
            ? schemas.Convert(schema, JsonPointer.Append(contentPointer, "schema"))
            : SchemaOfUntypedContent(chosen.Key);
        if (chosen.Value.Encoding is { Count: > 0 })
        {
            context.DocumentationLeftOut(JsonPointer.Append(contentPointer, "encoding"), "Swagger 2.0 has no per-property encoding of a body; it is left out.");
        }

        context.Record(pointer, pointer);
        return ([parameter], consumes);
    }

    /// <summary>OpenAPI generators name a body with <c>x-codegen-request-body-name</c>; otherwise it is "body".</summary>
    private static string BodyName(IOpenApiRequestBody body) =>
        (body as IOpenApiReadOnlyExtensible)?.Extensions is { } extensions && extensions.TryGetValue("x-codegen-request-body-name", out var extension)
            && extension is JsonNodeExtension { Node: var node } && node.StringOrNull() is { Length: > 0 } name
            ? name
            : "body";

    /// <summary>Content without a schema: bytes for a binary media type, text for a textual one, anything otherwise.</summary>
    private static JsonObject SchemaOfUntypedContent(string mediaType) => MediaTypes.Essence(mediaType) switch
    {
        var type when type.StartsWith("text/", StringComparison.Ordinal) => new JsonObject { ["type"] = "string" },
        "application/octet-stream" => new JsonObject { ["type"] = "string", ["format"] = "binary" },
        var type when type.StartsWith("image/", StringComparison.Ordinal) || type.StartsWith("audio/", StringComparison.Ordinal) || type.StartsWith("video/", StringComparison.Ordinal)
            => new JsonObject { ["type"] = "string", ["format"] = "binary" },
        _ => [],
    };

    private List<JsonObject> FormFields(IOpenApiSchema form, IOpenApiSchema written, string contentPointer, bool multipart)
    {
        var schemaPointer = SchemaConverter.ComponentName(written) is { } name
            ? ComponentReferences.Pointer("schemas", name)
            : JsonPointer.Append(contentPointer, "schema");
        var fields = new List<JsonObject>();
        foreach (var (property, schema) in form.Properties!)
        {
            var pointer = JsonPointer.Append(JsonPointer.Append(schemaPointer, "properties"), property);
            var field = new JsonObject { ["name"] = property, ["in"] = "formData" };
            field.AddIfPresent("description", SchemaConverter.Resolve(schema)?.Description);
            if (form.Required?.Contains(property) == true)
            {
                field["required"] = true;
            }

            if (multipart && SchemaConverter.Resolve(schema) is { Format: "binary" or "byte" } file && file.Type?.HasFlag(JsonSchemaType.String) != false)
            {
                field["type"] = "file";
            }
            else
            {
                values.Write(schema, pointer, field, $"the form field '{property}'");
            }

            context.Record(pointer, pointer);
            fields.Add(field);
        }

        return fields;
    }

    /// <summary>Media types beside the kept one whose schema says something else are a finding: their schema is not written.</summary>
    public void ReportOtherSchemas(IDictionary<string, IOpenApiMediaType> content, KeyValuePair<string, IOpenApiMediaType> chosen, string pointer, string what)
    {
        var kept = Describe(chosen.Value.Schema);
        foreach (var (mediaType, media) in content.Where(c => c.Key != chosen.Key && c.Value.Schema is not null && Describe(c.Value.Schema) != kept))
        {
            context.NotExpressible(JsonPointer.Append(JsonPointer.Append(pointer, "content"), mediaType),
                $"Swagger 2.0 gives a {what} one schema for all its media types; the schema of '{chosen.Key}' is written, the one of '{mediaType}' is not.");
        }
    }

    private static string Describe(IOpenApiSchema? schema) => schema switch
    {
        null => string.Empty,
        _ when SchemaConverter.ComponentName(schema) is { } name => "#" + name,
        _ => ShapeOf(schema),
    };

    /// <summary>Inline schemas are compared by what Swagger would say of them, without findings (they are reported where written).</summary>
    private static string ShapeOf(IOpenApiSchema schema) =>
        string.Join(",", new[] { schema.Type?.ToString(), schema.Format, string.Join("|", schema.Properties?.Keys ?? []), schema.Items is { } items ? Describe(items) : null });
}
