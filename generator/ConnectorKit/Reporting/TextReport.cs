using System.Text;

namespace ConnectorKit.Reporting;

/// <summary>One MSBuild canonical line per finding (<c>file(line,col): error CODE: message</c>), which IDEs and CI annotate.</summary>
internal static class TextReport
{
    public static string Render(ReportInput input)
    {
        var text = new StringBuilder();
        foreach (var diagnostic in input.Diagnostics)
        {
            var shown = diagnostic with { Position = diagnostic.Position.InFile(ReportPaths.Relative(diagnostic.Position.File, input.BaseDirectory)) };
            text.Append(shown.ToString()).Append('\n');
        }

        return text.ToString();
    }
}
