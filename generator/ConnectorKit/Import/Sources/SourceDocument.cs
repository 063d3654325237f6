using System.Text;
using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Loading;

namespace ConnectorKit.Import.Sources;

/// <summary>How a source document is written.</summary>
public enum SourceFormat
{
    Json,
    Yaml,
}

/// <summary>
/// A document to import from (an OpenAPI document, a Swagger file, a Postman collection) as our own readers read it:
/// its raw tree and where each JSON pointer of it is, so every finding about it names file, line and column, whatever
/// other reader also reads it. JSON is read by the JSON reader of record (positioned deviations from strict JSON),
/// YAML by the model loader's positioned tree.
/// </summary>
public sealed record SourceDocument(string File, SourceFormat Format, string Text, JsonNode? Root, JsonPositionIndex Positions)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public SourcePosition PositionOf(string pointer) => Positions.Find(pointer);

    /// <summary>The node of the raw tree at a JSON pointer, or null when there is none.</summary>
    public JsonNode? NodeAt(string pointer)
    {
        var node = Root;
        foreach (var token in JsonPointer.Split(pointer))
        {
            node = node switch
            {
                JsonObject obj => obj[token],
                JsonArray array when int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < array.Count => array[index],
                _ => null,
            };
        }

        return node;
    }

    /// <summary>Reads the file; null (with the reasons in <paramref name="diagnostics"/>) when it cannot be read.</summary>
    public static SourceDocument? Read(string file, ICollection<Diagnostic> diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = System.IO.File.ReadAllBytes(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCodes.FileUnreadable, new SourcePosition(file, 0, 0), $"The file cannot be read: {exception.Message}"));
            return null;
        }

        return Parse(bytes, file, diagnostics);
    }

    /// <summary>Reads a document held in memory; <paramref name="file"/> names it in findings.</summary>
    public static SourceDocument? Parse(byte[] bytes, string file, ICollection<Diagnostic> diagnostics)
    {
        if (LooksLikeJson(bytes))
        {
            var read = JsonFileReader.Read(bytes, file);
            foreach (var diagnostic in read.Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }

            return read.Succeeded ? new SourceDocument(file, SourceFormat.Json, Decode(bytes) ?? string.Empty, read.Root, read.Positions) : null;
        }

        if (Decode(bytes) is not { } text)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCodes.InvalidEncoding, new SourcePosition(file, 1, 1), "The file is not UTF-8; save it as UTF-8."));
            return null;
        }

        var bag = new DiagnosticBag();
        var node = YamlTreeParser.Parse(text, file, bag);
        foreach (var diagnostic in bag.Items)
        {
            diagnostics.Add(diagnostic);
        }

        if (node is null || bag.HasErrors)
        {
            return null;
        }

        var raw = RawJsonConverter.ToRawJson(node);
        return new SourceDocument(file, SourceFormat.Yaml, text, raw.Value, new JsonPositionIndex(file, new Dictionary<string, SourcePosition>(raw.Positions)));
    }

    /// <summary>A JSON document starts with an object or array (after a byte order mark and whitespace); YAML may too, and then reads the same.</summary>
    private static bool LooksLikeJson(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }

        var first = span.IndexOfAnyExcept(" \t\r\n"u8);
        return first >= 0 && span[first] is (byte)'{' or (byte)'[';
    }

    private static string? Decode(byte[] bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
