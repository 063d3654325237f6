using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Paths;

namespace ConnectorKit.Validation.Configuration;

/// <summary>What reading a configuration file gave: the configuration (null when it has errors) and the findings.</summary>
public sealed record ValidationConfigReadResult(ValidationConfig? Config, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// Reads <c>connectorkit.validation.json</c>: <c>{ "disable": [codes], "severity": { code: "error" | "warning" |
/// "info" | "none" }, "certification": bool }</c>. Every mistake (unknown key or code, wrong type) is a finding at its
/// position, so a typo never silently leaves a rule on.
/// </summary>
public static class ValidationConfigReader
{
    private static readonly Dictionary<string, Severity?> SeverityNames = new(StringComparer.Ordinal)
    {
        ["error"] = Severity.Error,
        ["warning"] = Severity.Warning,
        ["info"] = Severity.Info,
        ["none"] = null,
    };

    public static ValidationConfigReadResult Read(string path)
    {
        // Found beside a connector, the file is the connector's input: it is read only from inside its folder.
        var file = new ConfinedFolder(Path.GetDirectoryName(Path.GetFullPath(path))!, "its folder").ReadFile(Path.GetFileName(path));
        if (file.Problem is { } problem)
        {
            return new ValidationConfigReadResult(null, [Diagnostic.Create(problem.Descriptor, new SourcePosition(path, 0, 0), $"The configuration file {problem.Reason}.")]);
        }

        var read = JsonFileReader.Read(file.Content, path);
        var diagnostics = new List<Diagnostic>(read.Diagnostics);
        if (!read.Succeeded)
        {
            return new ValidationConfigReadResult(null, diagnostics);
        }

        var reader = new Reader(read.Positions, diagnostics);
        var config = reader.ReadRoot(read.Root);
        return new ValidationConfigReadResult(diagnostics.Any(d => d.Severity == Severity.Error) ? null : config, diagnostics);
    }

    private sealed class Reader(JsonPositionIndex positions, List<Diagnostic> diagnostics)
    {
        public ValidationConfig ReadRoot(JsonNode? root)
        {
            if (root is not JsonObject obj)
            {
                Report(JsonPointer.Root, "The configuration must be a JSON object with 'disable', 'severity' and 'certification'.");
                return ValidationConfig.Empty;
            }

            IReadOnlyList<string> disable = [];
            var severity = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase);
            bool? certification = null;
            foreach (var (key, value) in obj)
            {
                var pointer = JsonPointer.Append(JsonPointer.Root, key);
                switch (key)
                {
                    case "disable":
                        disable = ReadDisable(value, pointer);
                        break;
                    case "severity":
                        ReadSeverity(value, pointer, severity);
                        break;
                    case "certification" when value.BooleanOrNull() is { } flag:
                        certification = flag;
                        break;
                    case "certification":
                        Report(pointer, "'certification' must be true or false.");
                        break;
                    default:
                        Report(pointer, $"'{key}' is not a configuration key; the keys are 'disable', 'severity' and 'certification'.");
                        break;
                }
            }

            return new ValidationConfig(disable, severity, certification);
        }

        private List<string> ReadDisable(JsonNode? value, string pointer)
        {
            var codes = new List<string>();
            if (value is not JsonArray array)
            {
                Report(pointer, "'disable' must be an array of rule codes.");
                return codes;
            }

            for (var i = 0; i < array.Count; i++)
            {
                if (CheckCode(array[i].StringOrNull(), JsonPointer.Append(pointer, i)) is { } code)
                {
                    codes.Add(code);
                }
            }

            return codes;
        }

        private void ReadSeverity(JsonNode? value, string pointer, Dictionary<string, Severity?> severity)
        {
            if (value is not JsonObject obj)
            {
                Report(pointer, "'severity' must be an object from rule code to \"error\", \"warning\", \"info\" or \"none\".");
                return;
            }

            foreach (var (code, level) in obj)
            {
                var itemPointer = JsonPointer.Append(pointer, code);
                if (CheckCode(code, itemPointer) is null)
                {
                    continue;
                }

                if (level.StringOrNull() is { } name && SeverityNames.TryGetValue(name, out var parsed))
                {
                    severity[code] = parsed;
                }
                else
                {
                    Report(itemPointer, $"The severity of {code} must be \"error\", \"warning\", \"info\" or \"none\".");
                }
            }
        }

        private string? CheckCode(string? code, string pointer)
        {
            if (code is null)
            {
                Report(pointer, "A rule code must be a string.");
                return null;
            }

            if (!RuleCatalogue.IsKnownCode(code))
            {
                Report(pointer, $"'{code}' is not a code the validator reports.{Suggestions.DidYouMean(code, KnownCodes())}");
                return null;
            }

            return code;
        }

        private static IEnumerable<string> KnownCodes() =>
            RuleCatalogue.Descriptors.Concat(DiagnosticCodes.All).Select(d => d.Code);

        private void Report(string pointer, string message) =>
            diagnostics.Add(Diagnostic.Create(DiagnosticCodes.InvalidValidationConfig, positions.Find(pointer), message));
    }
}
