using System.Text.Json;
using ConnectorKit.Diagnostics;
using ConnectorKit.Reporting;
using static ConnectorKit.Tests.Reporting.ReportSamples;

namespace ConnectorKit.Tests.Reporting;

public class SarifReportTests
{
    private static readonly string[] Levels = ["none", "note", "warning", "error"];

    [Fact]
    public void The_report_has_the_structure_SARIF_2_1_0_and_code_scanning_require()
    {
        var input = Input(
            Finding(Ours, FileIn("My Connector", "apiDefinition.swagger.json"), 3, 5, "The title is long."),
            Finding(MicrosoftCode, FileIn("apiDefinition.swagger.json"), 40, 1, "Duplicate id.", Severity.Warning),
            Finding(DiagnosticCodes.JsonSyntax, FileIn("apiProperties.json"), 0, 0, "Not JSON.", Severity.Info));

        using var document = JsonDocument.Parse(DiagnosticReport.Render(ReportFormat.Sarif, input));
        var root = document.RootElement;

        Assert.Equal("2.1.0", String(root, "version"));
        Assert.True(Uri.IsWellFormedUriString(String(root, "$schema"), UriKind.Absolute));
        var run = Assert.Single(Array(root, "runs"));
        var driver = Object(Object(run, "tool"), "driver");
        Assert.Equal("ConnectorKit", String(driver, "name"));
        Assert.False(string.IsNullOrEmpty(String(driver, "version")));
        Assert.False(driver.TryGetProperty("informationUri", out _), "the tool has no public page to link to");
        var rules = Array(driver, "rules");
        foreach (var rule in rules)
        {
            Assert.False(string.IsNullOrEmpty(String(rule, "id")));
            Assert.False(string.IsNullOrEmpty(String(Object(rule, "shortDescription"), "text")));
            Assert.False(string.IsNullOrEmpty(String(Object(rule, "fullDescription"), "text")));
            Assert.False(string.IsNullOrEmpty(String(Object(rule, "help"), "text")));
            if (rule.TryGetProperty("helpUri", out _))
            {
                Assert.Equal(MicrosoftRuleCodesHelp, String(rule, "helpUri"));
            }
        }

        Assert.Equal(rules.Select(r => String(r, "id")).Distinct(StringComparer.Ordinal).Count(), rules.Count);
        var baseIds = Object(run, "originalUriBaseIds");
        var baseUri = String(Object(baseIds, "SRCROOT"), "uri");
        Assert.StartsWith("file:///", baseUri, StringComparison.Ordinal);
        Assert.EndsWith("/", baseUri, StringComparison.Ordinal);

        var results = Array(run, "results");
        Assert.Equal(3, results.Count);
        foreach (var result in results)
        {
            var ruleIndex = Integer(result, "ruleIndex");
            Assert.InRange(ruleIndex, 0, rules.Count - 1);
            Assert.Equal(String(rules[ruleIndex], "id"), String(result, "ruleId"));
            Assert.Contains(String(result, "level"), Levels);
            Assert.False(string.IsNullOrEmpty(String(Object(result, "message"), "text")));
            var physical = Object(Assert.Single(Array(result, "locations")), "physicalLocation");
            var artifact = Object(physical, "artifactLocation");
            Assert.True(Uri.IsWellFormedUriString(String(artifact, "uri"), UriKind.Relative));
            Assert.True(baseIds.TryGetProperty(String(artifact, "uriBaseId"), out _));
            if (physical.TryGetProperty("region", out var region))
            {
                Assert.True(Integer(region, "startLine") >= 1);
                Assert.True(Integer(region, "startColumn") >= 1);
            }

            var fingerprints = Object(result, "partialFingerprints");
            Assert.All(fingerprints.EnumerateObject(), p => Assert.Equal(JsonValueKind.String, p.Value.ValueKind));
            Assert.NotEmpty(fingerprints.EnumerateObject());
        }

        var firstLocation = Object(Object(Array(results[0], "locations")[0], "physicalLocation"), "artifactLocation");
        Assert.Equal("My%20Connector/apiDefinition.swagger.json", String(firstLocation, "uri"));
        Assert.Equal(["error", "warning", "note"], results.Select(r => String(r, "level")));
        Assert.False(Object(Array(results[2], "locations")[0], "physicalLocation").TryGetProperty("region", out _));
    }

    [Fact]
    public void Fingerprints_do_not_change_when_a_finding_moves_to_another_line()
    {
        var file = FileIn("apiDefinition.swagger.json");
        string FingerprintAt(int line) => Fingerprints(Input(Finding(Ours, file, line, 5, "The title is long.")))[0];

        Assert.Equal(FingerprintAt(3), FingerprintAt(30));
        Assert.NotEqual(FingerprintAt(3), Fingerprints(Input(Finding(Ours, file, 3, 5, "Another message.")))[0]);
    }

    [Fact]
    public void Identical_findings_get_distinct_fingerprints()
    {
        var file = FileIn("apiDefinition.swagger.json");

        var fingerprints = Fingerprints(Input(Finding(Ours, file, 3, 5, "Same."), Finding(Ours, file, 9, 5, "Same.")));

        Assert.Equal(2, fingerprints.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_report_is_deterministic_with_LF_line_ends_and_help_links_per_kind_of_code()
    {
        var input = Input(Finding(Ours, FileIn("apiDefinition.swagger.json"), 3, 5, "The title is long."));

        var first = DiagnosticReport.Render(ReportFormat.Sarif, input);

        Assert.Equal(first, DiagnosticReport.Render(ReportFormat.Sarif, input));
        Assert.DoesNotContain('\r', first);
        Assert.Contains($"\"helpUri\": \"{MicrosoftRuleCodesHelp}\"", first, StringComparison.Ordinal);
        Assert.Contains("\"text\": \"Run 'connectorkit help validator' and look for CkCertTitleTooLong in the rule table.\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain("github.com", first, StringComparison.Ordinal);
    }

    private const string MicrosoftRuleCodesHelp = ConnectorKit.Validation.MicrosoftRuleCodes.HelpUri;

    private static List<string> Fingerprints(ReportInput input)
    {
        using var document = JsonDocument.Parse(DiagnosticReport.Render(ReportFormat.Sarif, input));
        return [.. Array(document.RootElement.GetProperty("runs")[0], "results")
            .Select(r => String(Object(r, "partialFingerprints"), "connectorkit/v1"))];
    }

    private static JsonElement Object(JsonElement parent, string name)
    {
        Assert.True(parent.TryGetProperty(name, out var value), $"'{name}' is required.");
        Assert.Equal(JsonValueKind.Object, value.ValueKind);
        return value;
    }

    private static List<JsonElement> Array(JsonElement parent, string name)
    {
        Assert.True(parent.TryGetProperty(name, out var value), $"'{name}' is required.");
        Assert.Equal(JsonValueKind.Array, value.ValueKind);
        return [.. value.EnumerateArray()];
    }

    private static string String(JsonElement parent, string name)
    {
        Assert.True(parent.TryGetProperty(name, out var value), $"'{name}' is required.");
        Assert.Equal(JsonValueKind.String, value.ValueKind);
        return value.GetString()!;
    }

    private static int Integer(JsonElement parent, string name)
    {
        Assert.True(parent.TryGetProperty(name, out var value), $"'{name}' is required.");
        Assert.Equal(JsonValueKind.Number, value.ValueKind);
        return value.GetInt32();
    }
}
