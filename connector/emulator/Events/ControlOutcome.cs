using System.Net;
using System.Text.Json.Nodes;

namespace CustomerInsights.Emulator.Events;

/// <summary>What a control request did: 202 with the recorded event, or an error status with its reason.</summary>
public sealed record ControlOutcome(HttpStatusCode Status, JsonObject Body)
{
    public static ControlOutcome Accepted(JsonObject body) => new(HttpStatusCode.Accepted, body);

    public static ControlOutcome NotFound(string message) => Error(HttpStatusCode.NotFound, "NotFound", message);

    public static ControlOutcome BadRequest(string message) => Error(HttpStatusCode.BadRequest, "BadRequest", message);

    private static ControlOutcome Error(HttpStatusCode status, string code, string message) =>
        new(status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } });
}
