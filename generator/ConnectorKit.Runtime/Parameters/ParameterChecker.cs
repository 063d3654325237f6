using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorKit.Runtime.Messages;

namespace ConnectorKit.Runtime.Parameters;

/// <summary>
/// Checks a request against its operation's parameters before anything runs: required ones present (a missing one
/// with a default gets it, as the flow designer would send it), values of the declared type and among the enum, a body
/// where one is required and JSON where the operation takes JSON, and path values encoded as
/// <c>x-ms-url-encoding</c> says. The runtime's front side takes requests as the backend does, so a double-encoded
/// parameter must arrive encoded twice.
/// </summary>
public static class ParameterChecker
{
    public static ParameterCheck Check(IReadOnlyList<OperationParameter> parameters, IReadOnlyDictionary<string, string> rawPathValues, RuntimeRequest request)
    {
        var problems = new List<string>();
        var notes = new List<string>();
        var pathValues = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            switch (parameter.In)
            {
                case "path" when rawPathValues.TryGetValue(parameter.Name, out var raw):
                    if (DecodePath(parameter, raw, problems) is { } value)
                    {
                        pathValues[parameter.Name] = value;
                        CheckValue(parameter, value, problems);
                    }

                    break;
                case "query":
                    CheckPresent(parameter, request.Query.Where(q => q.Key == parameter.Name).Select(q => q.Value).ToList(),
                        value => request.Query.Add(new(parameter.Name, value)), problems, notes);
                    break;
                case "header":
                    CheckPresent(parameter, request.Headers.Get(parameter.Name) is { } header ? [header] : [],
                        value => request.Headers.Set(parameter.Name, value), problems, notes);
                    break;
                case "body":
                    CheckBody(parameter, request, problems);
                    break;
            }
        }

        return new ParameterCheck(problems, notes, pathValues);
    }

    private static string? DecodePath(OperationParameter parameter, string raw, List<string> problems)
    {
        var once = Uri.UnescapeDataString(raw);
        if (!parameter.DoubleEncoded)
        {
            return once;
        }

        if (once.IndexOfAny(['/', '?', '#', ' ']) >= 0 || HasBarePercent(once))
        {
            problems.Add($"path parameter '{parameter.Name}' is double-encoded (x-ms-url-encoding: double), but '{raw}' is encoded once: encode the value twice");
            return null;
        }

        return Uri.UnescapeDataString(once);
    }

    private static bool HasBarePercent(string text) =>
        text.Select((c, i) => c == '%' && !(i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))).Any(bare => bare);

    private static void CheckPresent(OperationParameter parameter, List<string> values, Action<string> addDefault, List<string> problems, List<string> notes)
    {
        if (values.Count == 0)
        {
            if (parameter.Required && parameter.Default is { } fallback)
            {
                var text = fallback.GetValueKind() == JsonValueKind.String ? fallback.GetValue<string>() : fallback.ToJsonString();
                addDefault(text);
                notes.Add($"{parameter.In} parameter '{parameter.Name}' was missing: its default '{text}' was added");
            }
            else if (parameter.Required)
            {
                problems.Add($"{parameter.In} parameter '{parameter.Name}' is required and missing");
            }

            return;
        }

        foreach (var value in values)
        {
            CheckValue(parameter, value, problems);
        }
    }

    private static void CheckValue(OperationParameter parameter, string value, List<string> problems)
    {
        if (parameter.Type == "array")
        {
            var separator = parameter.CollectionFormat switch { "ssv" => " ", "tsv" => "\t", "pipes" => "|", "multi" => null, _ => "," };
            foreach (var item in separator is null ? [value] : value.Split(separator))
            {
                CheckScalar(parameter, parameter.ItemType, item, problems);
            }

            return;
        }

        CheckScalar(parameter, parameter.Type, value, problems);
    }

    private static void CheckScalar(OperationParameter parameter, string? type, string value, List<string> problems)
    {
        var typed = type switch
        {
            "integer" => long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
            "number" => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
            "boolean" => bool.TryParse(value, out _),
            _ => true,
        };
        if (!typed)
        {
            problems.Add($"{parameter.In} parameter '{parameter.Name}' must be of type {type}, and '{value}' is not");
            return;
        }

        if (parameter.Enum is { Count: > 0 } allowed && parameter.Type != "array" && !allowed.Any(a => EnumText(a) == value))
        {
            problems.Add($"{parameter.In} parameter '{parameter.Name}' must be one of {string.Join(", ", allowed.Select(EnumText))}, and '{value}' is not");
        }
    }

    private static string EnumText(JsonNode? value) => value is null ? "null" : value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();

    private static void CheckBody(OperationParameter parameter, RuntimeRequest request, List<string> problems)
    {
        if (request.Body.IsEmpty)
        {
            if (parameter.Required)
            {
                problems.Add($"the body ('{parameter.Name}') is required and the request has none");
            }

            return;
        }

        var contentType = request.Headers.Get("Content-Type") ?? string.Empty;
        var isJson = contentType.Length == 0 || contentType.Contains("json", StringComparison.OrdinalIgnoreCase);
        if (isJson && parameter.Node["schema"] is not null && request.Body.ReadJson() is null && !IsJsonNull(request.Body))
        {
            problems.Add($"the body ('{parameter.Name}') is not valid JSON");
        }
    }

    private static bool IsJsonNull(MessageBody body) => body.AsText().Trim() == "null";
}

/// <summary>The outcome of <see cref="ParameterChecker.Check"/>: what is wrong (the call is refused with 400), what was filled in, and the decoded path values.</summary>
public sealed record ParameterCheck(IReadOnlyList<string> Problems, IReadOnlyList<string> Notes, IReadOnlyDictionary<string, string> PathValues);
