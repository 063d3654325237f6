using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;

namespace ConnectorKit.Runtime.Connections;

/// <summary>
/// Where connection values come from: the <c>--connection</c> file (a JSON object of name to value), then
/// environment variables for the names it lacks (<see cref="VariableName"/>). Never from the connector's own files.
/// Every connection parameter the connector marks required must end up with a value.
/// </summary>
public static class ConnectionSource
{
    public const string VariablePrefix = "CONNECTORKIT_CONNECTION_";

    /// <summary>
    /// The environment variable of a connection parameter: the prefix, then the name upper-cased with each character
    /// other than a letter or digit turned into an underscore (<c>subscriptionKey</c> to
    /// <c>CONNECTORKIT_CONNECTION_SUBSCRIPTIONKEY</c>, <c>token:tenant</c> to <c>CONNECTORKIT_CONNECTION_TOKEN_TENANT</c>).
    /// </summary>
    public static string VariableName(string parameterName) =>
        VariablePrefix + string.Concat(parameterName.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_'));

    public static (ConnectionValues Values, IReadOnlyList<Diagnostic> Diagnostics) Read(
        ApiPropertiesDocument properties, IEnumerable<string> namesUsed, string? connectionFile, Func<string, string?> environment, string? connectorFolder)
    {
        var diagnostics = new List<Diagnostic>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (connectionFile is not null)
        {
            ReadFile(connectionFile, values, diagnostics, connectorFolder);
        }

        var declared = properties.ConnectionParameters ?? [];
        var names = declared.Select(p => p.Key).Concat(namesUsed).Append(ConnectionValues.TokenName).Distinct(StringComparer.Ordinal).ToList();
        foreach (var name in names.Where(n => !values.ContainsKey(n)))
        {
            if (environment(VariableName(name)) is { } value)
            {
                values[name] = value;
            }
        }

        foreach (var (name, parameter) in declared)
        {
            if (IsRequired(parameter) && !values.ContainsKey(name) && !IsOAuth(parameter, name))
            {
                diagnostics.Add(Diagnostic.Create(RuntimeCodes.ConnectionParameterMissing, new SourcePosition(connectionFile ?? string.Empty, 0, 0),
                    $"The connection parameter '{name}' is required and has no value: set it in the --connection file or in {VariableName(name)}."));
            }
        }

        var secrets = declared.Where(p => IsSecret(p.Value)).Select(p => p.Key).Append(ConnectionValues.TokenName);
        return (new ConnectionValues(values, new HashSet<string>(secrets, StringComparer.Ordinal)), diagnostics);
    }

    /// <summary>
    /// An OAuth connection needs its token only where the connector sends it; the runtime says so when a call goes out
    /// without one (see <see cref="ConnectionAuthentication"/>), so a connector can be served to try its policies first.
    /// </summary>
    private static bool IsOAuth(JsonNode? parameter, string name) => name == ConnectionValues.TokenName || parameter.Child("type").StringOrNull() == "oauthSetting";

    private static bool IsRequired(JsonNode? parameter) =>
        parameter.Child("uiDefinition").Child("constraints").Child("required").StringOrNull() is "true" ||
        parameter.Child("uiDefinition").Child("constraints").Child("required").BooleanOrNull() == true;

    private static bool IsSecret(JsonNode? parameter) => parameter.Child("type").StringOrNull() is "securestring" or "oauthSetting" or "secureobject";

    private static void ReadFile(string file, Dictionary<string, string> values, List<Diagnostic> diagnostics, string? connectorFolder)
    {
        var start = new SourcePosition(file, 1, 1);
        if (!File.Exists(file))
        {
            diagnostics.Add(Diagnostic.Create(RuntimeCodes.ConnectionFileInvalid, new SourcePosition(file, 0, 0), "The connection file does not exist."));
            return;
        }

        if (connectorFolder is not null && Path.GetFullPath(file).StartsWith(Path.GetFullPath(connectorFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            diagnostics.Add(Diagnostic.Create(RuntimeCodes.ConnectionFileInConnector, start,
                "The connection file is inside the connector's folder: keep secrets outside the repository (or use CONNECTORKIT_CONNECTION_* variables)."));
        }

        var read = JsonFileReader.ReadFile(file, file);
        diagnostics.AddRange(read.Diagnostics.Where(d => d.Severity == Severity.Error));
        if (!read.Succeeded)
        {
            return;
        }

        if (read.Root is not JsonObject root)
        {
            diagnostics.Add(Diagnostic.Create(RuntimeCodes.ConnectionFileInvalid, start, "The connection file must hold one JSON object mapping each connection parameter name to its value."));
            return;
        }

        foreach (var (name, value) in root)
        {
            var position = read.Positions.Find(JsonPointer.Append(string.Empty, name));
            switch (value?.GetValueKind())
            {
                case JsonValueKind.String:
                    values[name] = value.GetValue<string>();
                    break;
                case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                    values[name] = value.ToJsonString();
                    break;
                default:
                    diagnostics.Add(Diagnostic.Create(RuntimeCodes.ConnectionFileInvalid, position, $"The value of '{name}' must be a string (or a number or boolean), not {value?.GetValueKind().ToString().ToLowerInvariant() ?? "null"}."));
                    break;
            }
        }
    }
}
