namespace ConnectorKit.Reporting;

/// <summary>An array of <c>{ file, line, column, code, severity, message }</c>; line and column are null when unknown.</summary>
internal static class JsonReport
{
    public static string Render(ReportInput input) => ReportJson.Write(writer =>
    {
        writer.WriteStartArray();
        foreach (var diagnostic in input.Diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("file", ReportPaths.Relative(diagnostic.Position.File, input.BaseDirectory));
            if (diagnostic.Position.IsKnown)
            {
                writer.WriteNumber("line", diagnostic.Position.Line);
                writer.WriteNumber("column", diagnostic.Position.Column);
            }
            else
            {
                writer.WriteNull("line");
                writer.WriteNull("column");
            }

            writer.WriteString("code", diagnostic.Code);
            writer.WriteString("severity", ReportJson.SeverityName(diagnostic.Severity));
            writer.WriteString("message", diagnostic.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });
}
