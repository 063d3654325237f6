using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CustomerInsights.Emulator.Routes;

/// <summary>Answers in the service's shapes: JSON bodies, and errors as { "error": { "code", "message" } }.</summary>
public static class ApiErrors
{
    // Messages quote names ('Customer'); JSON bodies need no HTML-safe escaping of them.
    private static readonly JsonSerializerOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IResult Json(JsonNode body, HttpStatusCode status = HttpStatusCode.OK) =>
        Results.Content(body.ToJsonString(Output), "application/json; charset=utf-8", System.Text.Encoding.UTF8, (int)status);

    public static IResult Error(HttpStatusCode status, string code, string message) =>
        Json(Body(code, message), status);

    public static IResult NotFound(string message) => Error(HttpStatusCode.NotFound, "NotFound", message);

    public static IResult BadRequest(string message) => Error(HttpStatusCode.BadRequest, "BadRequest", message);

    public static JsonObject Body(string code, string message) =>
        new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };
}
