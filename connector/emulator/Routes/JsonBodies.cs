using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorKit.Conformance;
using Microsoft.AspNetCore.Http;

namespace CustomerInsights.Emulator.Routes;

/// <summary>Reads a JSON request body and checks it against a schema; the error answer lists every mismatch by pointer.</summary>
public static class JsonBodies
{
    // A body larger than this is refused before it is parsed.
    private const int MaxBodyBytes = 1 << 20;

    public static async Task<(JsonNode? Body, IResult? Error)> ReadAsync(HttpContext context, JsonNode? schema, SchemaConformance conformance)
    {
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return (null, ApiErrors.Error(HttpStatusCode.RequestEntityTooLarge, "PayloadTooLarge", "The request body is larger than 1 MiB."));
        }

        JsonNode? body;
        try
        {
            using var limited = new MemoryStream();
            await context.Request.Body.CopyToAsync(limited, context.RequestAborted).ConfigureAwait(false);
            if (limited.Length > MaxBodyBytes)
            {
                return (null, ApiErrors.Error(HttpStatusCode.RequestEntityTooLarge, "PayloadTooLarge", "The request body is larger than 1 MiB."));
            }

            body = limited.Length == 0 ? null : JsonNode.Parse(limited.ToArray());
        }
        catch (JsonException exception)
        {
            return (null, ApiErrors.BadRequest("The request body is not valid JSON: " + exception.Message));
        }

        if (body is null)
        {
            return (null, ApiErrors.BadRequest("The request needs a JSON body."));
        }

        var findings = conformance.Check(body, schema);
        return findings.Count == 0
            ? (body, null)
            : (null, ApiErrors.BadRequest("The request body does not match the schema: " + string.Join("; ", findings)));
    }
}
