using System.Text;
using ConnectorKit.Definition;
using ConnectorKit.Json;
using ConnectorKit.Runtime.Messages;

namespace ConnectorKit.Runtime.Connections;

/// <summary>
/// How the connection authenticates backend calls, as the platform does: the caller's own Authorization header never
/// reaches the backend; an OAuth connection sends <c>Authorization: Bearer &lt;token&gt;</c>, a basic one
/// <c>Basic username:password</c>, an API key one its key (<c>api_key</c>) in the header or query the security
/// definition names. Policies run after this, so a setheader policy may still override it.
/// </summary>
public sealed class ConnectionAuthentication
{
    public const string ApiKeyName = "api_key";

    private readonly Action<RuntimeRequest, ConnectionValues, List<string>> _apply;

    private ConnectionAuthentication(string kind, Action<RuntimeRequest, ConnectionValues, List<string>> apply)
    {
        Kind = kind;
        _apply = apply;
    }

    /// <summary>oauth2, basic, apiKey or none.</summary>
    public string Kind { get; }

    public static ConnectionAuthentication For(SwaggerDocument swagger, ApiPropertiesDocument properties)
    {
        var definitions = swagger.SecurityDefinitions ?? [];
        foreach (var (_, definition) in definitions)
        {
            switch (definition.Child("type").StringOrNull())
            {
                case "oauth2":
                    return new("oauth2", Bearer);
                case "basic":
                    return new("basic", Basic);
                case "apiKey" when definition.Child("name").StringOrNull() is { } name:
                    var inQuery = definition.Child("in").StringOrNull() == "query";
                    return new("apiKey", (request, connection, notes) => ApiKey(request, connection, notes, name, inQuery));
            }
        }

        var oauthParameter = (properties.ConnectionParameters ?? []).Any(p => p.Value.Child("type").StringOrNull() == "oauthSetting");
        return oauthParameter ? new("oauth2", Bearer) : new("none", (_, _, _) => { });
    }

    /// <summary>Sets the connection's credentials on the request; returns what it did, for the log.</summary>
    public IReadOnlyList<string> Apply(RuntimeRequest request, ConnectionValues connection)
    {
        var notes = new List<string>();
        if (request.Headers.Remove("Authorization"))
        {
            notes.Add("the caller's Authorization header removed");
        }

        _apply(request, connection, notes);
        return notes;
    }

    private static void Bearer(RuntimeRequest request, ConnectionValues connection, List<string> notes)
    {
        if (connection.Get(ConnectionValues.TokenName) is { Length: > 0 } token)
        {
            request.Headers.Set("Authorization", "Bearer " + token);
            notes.Add("Authorization: Bearer token of the connection");
        }
        else
        {
            notes.Add($"no OAuth token: the connection has no '{ConnectionValues.TokenName}' value ({ConnectionSource.VariableName(ConnectionValues.TokenName)}), so no Authorization header is sent");
        }
    }

    private static void Basic(RuntimeRequest request, ConnectionValues connection, List<string> notes)
    {
        var user = connection.Get("username") ?? string.Empty;
        var password = connection.Get("password") ?? string.Empty;
        request.Headers.Set("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password)));
        notes.Add("Authorization: Basic username and password of the connection");
    }

    private static void ApiKey(RuntimeRequest request, ConnectionValues connection, List<string> notes, string name, bool inQuery)
    {
        if (connection.Get(ApiKeyName) is not { } key)
        {
            notes.Add($"no API key: the connection has no '{ApiKeyName}' value");
            return;
        }

        if (inQuery)
        {
            request.SetQuery(name, key);
        }
        else
        {
            request.Headers.Set(name, key);
        }

        notes.Add($"API key of the connection in {(inQuery ? "query parameter" : "header")} {name}");
    }
}
