using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorKit.Conformance;
using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.Triggers;

/// <summary>
/// The path, query and headers of a call to a trigger's operation, filled from name=value pairs as Power Automate
/// fills them from the flow designer: each path, query and header parameter by name, the default of one left out,
/// and a missing required one a problem that says what to add. Shared by the webhook subscription and the polling call.
/// </summary>
internal static class OperationTarget
{
    /// <summary>The name=value pairs by name; a name given twice is a problem.</summary>
    public static Dictionary<string, string> Given(IReadOnlyList<KeyValuePair<string, string>> parameters, List<string> problems)
    {
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            if (!given.TryAdd(name, value))
            {
                problems.Add($"--param {name} is given twice.");
            }
        }

        return given;
    }

    /// <summary>
    /// The operation's path (below the basePath) with its query, and the headers to send: <paramref name="headers"/>
    /// then the header parameters. The names used are removed from <paramref name="given"/>; what is left is for the body.
    /// </summary>
    public static (string PathAndQuery, List<KeyValuePair<string, string>> Headers) Fill(SwaggerDocument swagger, OperationView operation,
        Dictionary<string, string> given, IReadOnlyList<KeyValuePair<string, string>> headers, List<string> problems)
    {
        var path = operation.Path;
        var query = new StringBuilder();
        var requestHeaders = new List<KeyValuePair<string, string>>(headers);
        foreach (var parameter in NonBodyParameters(swagger, operation))
        {
            var name = parameter.Child("name").StringOrNull()!;
            var location = parameter.Child("in").StringOrNull();
            var value = given.Remove(name, out var text) ? text : DefaultText(parameter.Child("default"));
            if (value is null)
            {
                if (parameter.Child("required").BooleanOrNull() == true || location == "path")
                {
                    problems.Add($"The {location} parameter '{name}' is required: add --param {name}=VALUE.");
                }

                continue;
            }

            switch (location)
            {
                case "path":
                    path = path.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
                    break;
                case "query":
                    query.Append(query.Length == 0 ? '?' : '&').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
                    break;
                case "header":
                    requestHeaders.Add(new(name, value));
                    break;
                default:
                    problems.Add($"The parameter '{name}' is in {location}, which the harness cannot send.");
                    break;
            }
        }

        return (path + query, requestHeaders);
    }

    public static IEnumerable<JsonObject> NonBodyParameters(SwaggerDocument swagger, OperationView operation) =>
        operation.Parameters
            .Select(p => OperationSchemas.Resolve(swagger, p))
            .OfType<JsonObject>()
            .Where(p => p.Child("in").StringOrNull() is not (null or "body") && p.Child("name").StringOrNull() is not null);

    private static string? DefaultText(JsonNode? value) => value switch
    {
        null => null,
        JsonValue scalar when scalar.GetValueKind() == JsonValueKind.String => scalar.GetValue<string>(),
        _ => value.ToJsonString(),
    };
}
