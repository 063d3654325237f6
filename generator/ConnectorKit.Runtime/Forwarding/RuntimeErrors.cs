using System.Net;
using System.Text.Json.Nodes;
using ConnectorKit.Runtime.Messages;

namespace ConnectorKit.Runtime.Forwarding;

/// <summary>
/// The runtime's own answers, when it refuses or fails a call: a JSON body <c>{"error": {"code", "message"}}</c>. The
/// codes are documented in docs/runtime.md.
/// </summary>
public static class RuntimeErrors
{
    public const string ErrorSourceHeader = "x-connectorkit-error";

    public static RuntimeResponse Response(HttpStatusCode status, string code, string message)
    {
        var response = new RuntimeResponse { Status = (int)status };
        response.Headers.Set("Content-Type", "application/json; charset=utf-8");
        response.Headers.Set(ErrorSourceHeader, code);
        response.Body.WriteJson(new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } });
        return response;
    }
}
