using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ConnectorKit.Diagnostics;

namespace ConnectorKit.Reporting;

/// <summary>The JSON writing both JSON formats share: indented, LF line ends, non-ASCII text kept readable.</summary>
internal static class ReportJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
