using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Shared;

/// <summary>Which fields a Swagger 2.0 security scheme may and must have, by its type (and OAuth flow).</summary>
internal static class SecuritySchemeFields
{
    public static IReadOnlyList<string> Allowed(JsonObject scheme) => scheme.Child("type").StringOrNull() switch
    {
        "basic" => ["type", "description"],
        "apiKey" => ["type", "description", "name", "in"],
        "oauth2" => [.. Required(scheme), "description"],
        _ => [.. scheme.Select(p => p.Key)],
    };

    public static IReadOnlyList<string> Required(JsonObject scheme) => scheme.Child("type").StringOrNull() switch
    {
        "apiKey" => ["type", "name", "in"],
        "oauth2" => scheme.Child("flow").StringOrNull() switch
        {
            "implicit" => ["type", "flow", "authorizationUrl", "scopes"],
            "password" or "application" => ["type", "flow", "tokenUrl", "scopes"],
            "accessCode" => ["type", "flow", "authorizationUrl", "tokenUrl", "scopes"],
            _ => ["type", "flow", "scopes"],
        },
        _ => ["type"],
    };
}
