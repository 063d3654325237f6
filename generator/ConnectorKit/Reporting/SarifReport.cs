using System.Text.Json;
using ConnectorKit.Diagnostics;

namespace ConnectorKit.Reporting;

/// <summary>
/// SARIF 2.1.0 (one run) as the SARIF viewer and GitHub code scanning take it: the rules with their help (Microsoft's page
/// for Microsoft's codes; for the toolkit's own, the command that explains them: no link to a page that may not exist), and each
/// result with a rule index, level, message, a location relative to <c>SRCROOT</c> and a fingerprint that does not
/// depend on the line, so a finding keeps its identity when lines above it change.
/// </summary>
internal static class SarifReport
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string BaseId = "SRCROOT";

    public static string Render(ReportInput input)
    {
        var rules = RulesOf(input);
        var ruleIndex = rules.Select((rule, index) => (rule.Code, index)).ToDictionary(p => p.Code, p => p.index, StringComparer.Ordinal);
        var fingerprints = new FindingFingerprints();
        return ReportJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", SchemaUri);
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();
            WriteTool(writer, input.ToolName, rules);
            writer.WriteStartObject("originalUriBaseIds");
            writer.WriteStartObject(BaseId);
            writer.WriteString("uri", ReportPaths.ToFolderUri(input.BaseDirectory));
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteString("columnKind", "unicodeCodePoints");
            writer.WriteStartArray("results");
            foreach (var diagnostic in input.Diagnostics)
            {
                WriteResult(writer, diagnostic, ruleIndex[diagnostic.Code], input.BaseDirectory, fingerprints);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>The rules the input lists plus any code a finding has that it does not (a reading error, say), ordered by code.</summary>
    private static IReadOnlyList<DiagnosticDescriptor> RulesOf(ReportInput input) =>
        [.. input.Rules.Concat(input.Diagnostics.Select(d => d.Descriptor))
            .DistinctBy(d => d.Code, StringComparer.Ordinal)
            .OrderBy(d => d.Code, StringComparer.Ordinal)];

    private static void WriteTool(Utf8JsonWriter writer, string toolName, IReadOnlyList<DiagnosticDescriptor> rules)
    {
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", toolName);
        writer.WriteString("version", ToolInfo.Version);
        writer.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            writer.WriteStartObject();
            writer.WriteString("id", rule.Code);
            writer.WriteStartObject("shortDescription");
            writer.WriteString("text", rule.Title);
            writer.WriteEndObject();
            writer.WriteStartObject("fullDescription");
            writer.WriteString("text", rule.Title);
            writer.WriteEndObject();
            if (HelpLinks.UriOf(rule.Code) is { } helpUri)
            {
                writer.WriteString("helpUri", helpUri);
            }

            writer.WriteStartObject("help");
            writer.WriteString("text", HelpLinks.HelpTextOf(rule.Code));
            writer.WriteEndObject();
            writer.WriteStartObject("defaultConfiguration");
            writer.WriteString("level", LevelOf(rule.DefaultSeverity));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter writer, Diagnostic diagnostic, int ruleIndex, string baseDirectory, FindingFingerprints fingerprints)
    {
        var file = diagnostic.Position.File;
        var below = ReportPaths.IsBelow(file, baseDirectory);
        var uri = below ? ReportPaths.ToRelativeUri(ReportPaths.Relative(file, baseDirectory)) : ReportPaths.ToFileUri(file);

        writer.WriteStartObject();
        writer.WriteString("ruleId", diagnostic.Code);
        writer.WriteNumber("ruleIndex", ruleIndex);
        writer.WriteString("level", LevelOf(diagnostic.Severity));
        writer.WriteStartObject("message");
        writer.WriteString("text", diagnostic.Message);
        writer.WriteEndObject();
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", uri);
        if (below)
        {
            writer.WriteString("uriBaseId", BaseId);
        }

        writer.WriteEndObject();
        if (diagnostic.Position.IsKnown)
        {
            writer.WriteStartObject("region");
            writer.WriteNumber("startLine", diagnostic.Position.Line);
            writer.WriteNumber("startColumn", Math.Max(1, diagnostic.Position.Column));
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteStartObject("partialFingerprints");
        writer.WriteString(FindingFingerprints.Key, fingerprints.Next(diagnostic.Code, uri, diagnostic.Message));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static string LevelOf(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
