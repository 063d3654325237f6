using System.CommandLine;
using ConnectorKit.Reporting;

namespace ConnectorKit.Cli;

/// <summary>The <c>--format text|json|sarif</c> option the reporting commands share.</summary>
public static class ReportFormatOption
{
    private static readonly Dictionary<string, ReportFormat> Formats = new(StringComparer.Ordinal)
    {
        ["text"] = ReportFormat.Text,
        ["json"] = ReportFormat.Json,
        ["sarif"] = ReportFormat.Sarif,
    };

    public static Option<string> Create()
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "The report format: text (MSBuild lines), json or sarif (SARIF 2.1.0).",
            DefaultValueFactory = _ => "text",
        };
        option.AcceptOnlyFromAmong([.. Formats.Keys]);
        return option;
    }

    public static ReportFormat Read(ParseResult parseResult, Option<string> option) => Formats[parseResult.GetValue(option)!];
}
