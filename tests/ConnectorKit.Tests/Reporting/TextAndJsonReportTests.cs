using System.Text.Json;
using ConnectorKit.Diagnostics;
using ConnectorKit.Reporting;
using static ConnectorKit.Tests.Reporting.ReportSamples;

namespace ConnectorKit.Tests.Reporting;

public class TextAndJsonReportTests
{
    [Fact]
    public void Text_is_one_MSBuild_line_per_finding_with_paths_relative_to_the_base_folder()
    {
        var input = Input(
            Finding(Ours, FileIn("My Connector", "apiDefinition.swagger.json"), 3, 5, "The title is long."),
            Finding(MicrosoftCode, FileIn("apiProperties.json"), 0, 0, "No position.", Severity.Warning));

        var text = DiagnosticReport.Render(ReportFormat.Text, input);

        Assert.Equal(
            "My Connector/apiDefinition.swagger.json(3,5): error CkCertTitleTooLong: The title is long.\n" +
            "apiProperties.json: warning OperationIdNotUnique: No position.\n",
            text);
    }

    [Fact]
    public void Json_is_an_array_of_file_line_column_code_severity_and_message()
    {
        var input = Input(
            Finding(Ours, FileIn("apiDefinition.swagger.json"), 3, 5, "The title is long."),
            Finding(MicrosoftCode, FileIn("apiProperties.json"), 0, 0, "No position.", Severity.Info));

        var json = DiagnosticReport.Render(ReportFormat.Json, input);

        using var document = JsonDocument.Parse(json);
        var items = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal(["file", "line", "column", "code", "severity", "message"], items[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("apiDefinition.swagger.json", items[0].GetProperty("file").GetString());
        Assert.Equal(3, items[0].GetProperty("line").GetInt32());
        Assert.Equal(5, items[0].GetProperty("column").GetInt32());
        Assert.Equal("CkCertTitleTooLong", items[0].GetProperty("code").GetString());
        Assert.Equal("error", items[0].GetProperty("severity").GetString());
        Assert.Equal(JsonValueKind.Null, items[1].GetProperty("line").ValueKind);
        Assert.Equal("info", items[1].GetProperty("severity").GetString());
        Assert.DoesNotContain('\r', json);
    }

    [Fact]
    public void An_empty_report_is_empty_text_and_an_empty_JSON_array()
    {
        Assert.Equal(string.Empty, DiagnosticReport.Render(ReportFormat.Text, Input()));
        Assert.Equal("[]\n", DiagnosticReport.Render(ReportFormat.Json, Input()));
    }
}
