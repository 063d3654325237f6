using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;

namespace ConnectorKit.Json;

/// <summary>The outcome of reading one JSON file: its tree (null when unreadable), where each node is, and what was wrong.</summary>
public sealed record JsonReadResult(JsonNode? Root, JsonPositionIndex Positions, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Root is not null && !Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// Reads JSON into ordered nodes while recording the line and column of every pointer. Tolerant where the platform
/// is (a UTF-8 byte order mark is a warning), precise where it is not (syntax errors, invalid UTF-8 and duplicate
/// keys are errors with a position), and never throws on bad input.
/// </summary>
public static class JsonFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static JsonReadResult ReadFile(string path, string displayPath) => Read(File.ReadAllBytes(path), displayPath);

    public static JsonReadResult Read(ReadOnlySpan<byte> bytes, string file)
    {
        var diagnostics = new List<Diagnostic>();
        if (bytes.StartsWith("\uFEFF"u8))
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCodes.ByteOrderMark, new SourcePosition(file, 1, 1),
                "The file starts with a UTF-8 byte order mark; it is accepted, but save the file without it."));
            bytes = bytes[3..];
        }

        var lines = new LineMap(bytes, file);
        if (FindInvalidUtf8(bytes) is { } badOffset)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCodes.InvalidEncoding, lines.At(badOffset),
                "The file is not valid UTF-8 (perhaps it was saved as Windows-1252); save it as UTF-8."));
            return new JsonReadResult(null, JsonPositionIndex.Empty(file), diagnostics);
        }

        var positions = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false });
        try
        {
            if (!reader.Read())
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticCodes.JsonSyntax, new SourcePosition(file, 1, 1), "The file is empty."));
                return new JsonReadResult(null, JsonPositionIndex.Empty(file), diagnostics);
            }

            var builder = new TreeBuilder(lines, positions, diagnostics);
            var root = builder.ReadValue(ref reader, JsonPointer.Root, lines.At(reader.TokenStartIndex));
            if (reader.Read())
            {
                throw new JsonException("There is more text after the end of the JSON value.", null, null, null);
            }

            return new JsonReadResult(root, new JsonPositionIndex(file, positions), diagnostics);
        }
        catch (JsonException exception)
        {
            var position = exception.LineNumber is { } line
                ? new SourcePosition(file, (int)line + 1, (int)(exception.BytePositionInLine ?? 0) + 1)
                : lines.At(reader.TokenStartIndex);
            diagnostics.Add(Diagnostic.Create(DiagnosticCodes.JsonSyntax, position, Describe(exception)));
            return new JsonReadResult(null, JsonPositionIndex.Empty(file), diagnostics);
        }
    }

    private static string Describe(JsonException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return "Not valid JSON: " + (cut > 0 ? message[..cut].TrimEnd() : message);
    }

    private static int? FindInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes);
            return null;
        }
        catch (DecoderFallbackException exception)
        {
            return exception.Index;
        }
    }

    private sealed class TreeBuilder(LineMap lines, Dictionary<string, SourcePosition> positions, List<Diagnostic> diagnostics)
    {
        public JsonNode? ReadValue(ref Utf8JsonReader reader, string pointer, SourcePosition keyPosition)
        {
            positions.TryAdd(pointer, keyPosition);
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    return ReadObject(ref reader, pointer);
                case JsonTokenType.StartArray:
                    var array = new JsonArray();
                    var index = 0;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        array.Add(ReadValue(ref reader, JsonPointer.Append(pointer, index++), lines.At(reader.TokenStartIndex)));
                    }

                    return array;
                case JsonTokenType.String:
                    return JsonValue.Create(reader.GetString()!);
                case JsonTokenType.Number:
                    // Keeps the number's own text (1.0 stays 1.0) so a read and write changes nothing.
                    return JsonValue.Create(JsonElement.ParseValue(ref reader));
                case JsonTokenType.True:
                    return JsonValue.Create(true);
                case JsonTokenType.False:
                    return JsonValue.Create(false);
                case JsonTokenType.Null:
                    return null;
                default:
                    throw new JsonException($"Unexpected token {reader.TokenType}.");
            }
        }

        private JsonObject ReadObject(ref Utf8JsonReader reader, string pointer)
        {
            var obj = new JsonObject();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var keyPosition = lines.At(reader.TokenStartIndex);
                var key = reader.GetString()!;
                reader.Read();
                var child = JsonPointer.Append(pointer, key);
                if (obj.ContainsKey(key))
                {
                    diagnostics.Add(Diagnostic.Create(DiagnosticCodes.DuplicateKey, keyPosition,
                        $"The key '{key}' appears twice in this object; the platform keeps only one of them."));
                    reader.Skip();
                    continue;
                }

                obj[key] = ReadValue(ref reader, child, keyPosition);
            }

            return obj;
        }
    }

    /// <summary>
    /// Turns byte offsets into 1-based line and column (columns count characters, not bytes). Offsets mostly come in
    /// increasing order, so counting resumes from the previous answer: a minified file on one line stays linear.
    /// </summary>
    private sealed class LineMap
    {
        private readonly byte[] _bytes;
        private readonly List<int> _lineStarts = [0];
        private readonly string _file;
        private int _lastLine;
        private int _lastOffset;
        private int _lastColumn = 1;

        public LineMap(ReadOnlySpan<byte> bytes, string file)
        {
            _bytes = bytes.ToArray();
            _file = file;
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    _lineStarts.Add(i + 1);
                }
            }
        }

        public SourcePosition At(long offset)
        {
            var target = (int)Math.Min(offset, _bytes.Length);
            var line = _lineStarts.BinarySearch(target);
            if (line < 0)
            {
                line = ~line - 1;
            }

            var (from, column) = line == _lastLine && target >= _lastOffset ? (_lastOffset, _lastColumn) : (_lineStarts[line], 1);
            for (var i = from; i < target; i++)
            {
                if ((_bytes[i] & 0xC0) != 0x80)
                {
                    column++;
                }
            }

            (_lastLine, _lastOffset, _lastColumn) = (line, target, column);
            return new SourcePosition(_file, line + 1, column);
        }
    }
}
