using System.Globalization;
using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;

namespace ConnectorKit.Json;

/// <summary>
/// The outcome of reading one JSON file: its tree (null when unreadable, or when the file holds JSON null), where each
/// node is, what was found, and the deviations from strict JSON it was read despite (null when there were none).
/// </summary>
public sealed record JsonReadResult(JsonNode? Root, JsonPositionIndex Positions, IReadOnlyList<Diagnostic> Diagnostics, StrictJsonViolations? StrictViolations = null)
{
    /// <summary>Whether the file could be read; its root may still be JSON null.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// Reads JSON the way the platform reads it, into ordered nodes with the line and column of every pointer. Each
/// deviation from strict JSON the platform's reader gets past (a byte order mark, bytes that are not UTF-8, comments,
/// other whitespace, raw control characters in strings, trailing commas, duplicate keys) or whose intent is plain (a
/// missing comma, a closing bracket of the wrong kind) is a positioned warning with its own code, and reading goes on;
/// what no reader gets past is a positioned error. Never throws on bad input.
/// </summary>
public static class JsonFileReader
{
    public static JsonReadResult ReadFile(string path, string displayPath) => Read(File.ReadAllBytes(path), displayPath);

    public static JsonReadResult Read(ReadOnlySpan<byte> bytes, string file) => Read(bytes.ToArray(), file);

    private static JsonReadResult Read(byte[] bytes, string file)
    {
        if (IsUtf16OrUtf32(bytes))
        {
            return new JsonReadResult(null, JsonPositionIndex.Empty(file), [Diagnostic.Create(DiagnosticCodes.InvalidEncoding, new SourcePosition(file, 1, 1),
                "The file is UTF-16 or UTF-32, not UTF-8; save it as UTF-8.")]);
        }

        var byteOrderMark = bytes.AsSpan().StartsWith("\uFEFF"u8);
        var text = Windows1252Recovery.Decode(bytes, byteOrderMark ? 3 : 0);
        var result = Parse(text, file, byteOrderMark, MismatchedCloser.ClosesEnclosing);

        // A closing bracket of the wrong kind is most often the last of a container whose own bracket is missing; when
        // reading it so leads nowhere, it is read as a typo for the right bracket instead.
        if (!result.Succeeded && result.Diagnostics.Any(d => d.Descriptor == DiagnosticCodes.JsonUnbalancedBracket))
        {
            var retried = Parse(text, file, byteOrderMark, MismatchedCloser.ClosesInnermost);
            return retried.Succeeded ? retried : result;
        }

        return result;
    }

    private static JsonReadResult Parse(DecodedText text, string file, bool byteOrderMark, MismatchedCloser mismatched)
    {
        var log = new JsonDeviationLog(new LineMap(text.Utf8, text.Length, file));
        if (byteOrderMark)
        {
            log.Report(DiagnosticCodes.ByteOrderMark, 0,
                "The file starts with a UTF-8 byte order mark; the platform's reader skips it (Python's json module, which paconn uses, rejects it). Save the file without it.");
        }

        if (text.FirstRecoveredOffset is { } recovered)
        {
            log.Report(DiagnosticCodes.JsonReadAsWindows1252, recovered, string.Create(CultureInfo.InvariantCulture,
                $"{text.RecoveredBytes} byte(s) of the file, the first here, are not UTF-8; they are read as Windows-1252, as paconn reads files on Windows (on macOS and Linux it cannot read this file). Save the file as UTF-8."));
        }

        var positions = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        try
        {
            var root = new JsonTreeParser(new JsonLexer(text, log), log, positions, mismatched).ReadDocument();
            log.Summarize();
            return new JsonReadResult(root, new JsonPositionIndex(file, positions), log.Diagnostics, log.StrictViolations);
        }
        catch (JsonSyntaxException exception)
        {
            log.Summarize();
            log.Fail(exception.Offset, "Not valid JSON: " + exception.Message);
            return new JsonReadResult(null, JsonPositionIndex.Empty(file), log.Diagnostics);
        }
    }

    /// <summary>A UTF-16 or UTF-32 byte order mark, or a zero byte among the first two (no JSON text in UTF-8 starts so).</summary>
    private static bool IsUtf16OrUtf32(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 2 && ((bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF) || bytes[0] == 0 || bytes[1] == 0);
}
