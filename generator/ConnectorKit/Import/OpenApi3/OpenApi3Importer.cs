using System.Text;
using ConnectorKit.Diagnostics;
using ConnectorKit.Import.Conversion;
using ConnectorKit.Import.Sources;
using ConnectorKit.Json;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;
using JsonPointer = ConnectorKit.Json.JsonPointer;

namespace ConnectorKit.Import.OpenApi3;

/// <summary>
/// Reads an OpenAPI 3.0/3.1 document with OpenAPI.NET's readers (the semantic model: references resolved, 3.0 and 3.1
/// read into one shape) and converts it into a Swagger 2.0 connector. Positions come from our own positioned tree of
/// the same document: OpenAPI.NET's errors carry JSON pointers, which are looked up there. External references are
/// never loaded (a connector is one file, and an import reads nothing it was not given).
/// </summary>
internal static class OpenApi3Importer
{
    public static ConvertedConnector Convert(SourceDocument source)
    {
        var findings = new List<Diagnostic>();
        var document = Read(source, findings);
        if (document is null || findings.Any(d => d.Severity == Severity.Error))
        {
            return new ConvertedConnector(null, JsonPositionIndex.Empty(source.File), findings);
        }

        var context = new ConversionContext(source);
        var definition = new DocumentConverter(context).Convert(document);
        return new ConvertedConnector(definition, context.Origins(), [.. findings, .. context.Findings]);
    }

    private static OpenApiDocument? Read(SourceDocument source, List<Diagnostic> findings)
    {
        var settings = new OpenApiReaderSettings { LoadExternalRefs = false };
        settings.AddYamlReader();

        // JSON is handed over as our reader read it: a deviation from strict JSON was reported with its position already.
        var text = source.Format == SourceFormat.Json ? source.Root!.ToJsonString() : source.Text;
        ReadResult result;
        try
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
            result = OpenApiDocument.Load(stream, source.Format == SourceFormat.Json ? "json" : "yaml", settings);
        }
        catch (Exception exception) when (exception is OpenApiException or FormatException or InvalidOperationException or ArgumentException)
        {
            findings.Add(Diagnostic.Create(DiagnosticCodes.ImportSourceInvalid, source.PositionOf(JsonPointer.Root), $"OpenAPI.NET cannot read the document: {exception.Message}"));
            return null;
        }

        foreach (var error in result.Diagnostic?.Errors ?? [])
        {
            findings.Add(Diagnostic.Create(DiagnosticCodes.ImportSourceInvalid, source.PositionOf(Pointer(error)), "OpenAPI.NET: " + error.Message));
        }

        foreach (var warning in result.Diagnostic?.Warnings ?? [])
        {
            findings.Add(Diagnostic.Create(DiagnosticCodes.ImportSourceInvalid, source.PositionOf(Pointer(warning)), "OpenAPI.NET: " + warning.Message) with { Severity = Severity.Warning });
        }

        return result.Document;
    }

    /// <summary>OpenAPI.NET writes pointers as URI fragments (<c>#/paths/~1pets</c>).</summary>
    private static string Pointer(OpenApiError error) => error.Pointer is { } pointer ? pointer.TrimStart('#') : JsonPointer.Root;
}
