using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Paths;

namespace ConnectorKit.Definition;

/// <summary>
/// What reading a connector folder gave: the definition (null when a file could not be read or has the wrong shape,
/// and then an error says why), positions and findings.
/// </summary>
public sealed record DefinitionReadResult(
    ConnectorDefinition? Definition,
    string? ApiDefinitionPath,
    JsonPositionIndex ApiDefinitionPositions,
    JsonPositionIndex ApiPropertiesPositions,
    IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// Reads an existing connector: <c>apiDefinition.swagger.json</c> (or the one other <c>*.swagger.json</c>, or a
/// swagger file under any name), with <c>apiProperties.json</c>, and optional <c>script.csx</c> and <c>icon.png</c>
/// beside it. Every command reads a connector through here, so each gets the same findings: the JSON readers'
/// (deviations from strict JSON are warnings, and a file paconn cannot parse also gets CK1019) and the shape check's.
/// Never throws on bad content.
/// </summary>
public static class ConnectorFolderReader
{
    public static DefinitionReadResult Read(string folder)
    {
        var swaggerPath = FindSwagger(folder);
        if (swaggerPath is null)
        {
            return new DefinitionReadResult(null, null, JsonPositionIndex.Empty(folder), JsonPositionIndex.Empty(folder),
                [Diagnostic.Create(DiagnosticCodes.FileNotFound, new SourcePosition(folder, 0, 0), $"The folder has no {DefinitionFiles.ApiDefinition} (nor any other *.swagger.json).")]);
        }

        return ReadSwagger(swaggerPath);
    }

    /// <summary>
    /// A swagger file under any name, with the companion files of its folder; every file is read only from inside that
    /// folder (see <see cref="CompanionFiles"/>).
    /// </summary>
    public static DefinitionReadResult ReadSwagger(string swaggerPath)
    {
        var folder = Path.GetDirectoryName(swaggerPath)!;
        var diagnostics = new List<Diagnostic>();
        var files = new CompanionFiles(folder, diagnostics);
        var propertiesPath = Path.Combine(folder, DefinitionFiles.ApiProperties);
        if (files.Read(Path.GetFileName(swaggerPath)) is not { } swaggerBytes)
        {
            return new DefinitionReadResult(null, swaggerPath, JsonPositionIndex.Empty(swaggerPath), JsonPositionIndex.Empty(propertiesPath), diagnostics);
        }

        // The JSON files' errors (syntax, shape) leave no connector; a companion file that may not be read is an error
        // too, but the connector is read without it so that the rest can still be judged.
        var contentErrors = new List<Diagnostic>();
        var swagger = ReadJson(swaggerBytes, swaggerPath, contentErrors);
        if (swagger.Succeeded)
        {
            contentErrors.AddRange(DefinitionShape.OfApiDefinition(swagger.Root, swagger.Positions));
        }

        var properties = files.Read(DefinitionFiles.ApiProperties) is { } propertiesBytes ? ReadJson(propertiesBytes, propertiesPath, contentErrors) : null;
        if (properties is { Succeeded: true })
        {
            contentErrors.AddRange(DefinitionShape.OfApiProperties(properties.Root, properties.Positions));
        }

        var script = ReadScript(files);
        var icon = ReadIcon(files);
        diagnostics.AddRange(contentErrors);
        var definition = contentErrors.Any(d => d.Severity == Severity.Error)
            ? null
            : new ConnectorDefinition((JsonObject)swagger.Root!, properties?.Root as JsonObject, script, icon);
        return new DefinitionReadResult(definition, swaggerPath, swagger.Positions,
            properties?.Positions ?? JsonPositionIndex.Empty(propertiesPath), diagnostics);
    }

    /// <summary>
    /// Reads one JSON file of the connector. paconn, the upload tool, parses it with Python's json module, which takes
    /// strict JSON only: a file read despite deviations from it gets one CK1019 finding besides the deviations' own.
    /// It is a warning here, where the file is only read; validate, which judges the upload, reports it as an error.
    /// </summary>
    private static JsonReadResult ReadJson(byte[] bytes, string path, List<Diagnostic> diagnostics)
    {
        var read = JsonFileReader.Read(bytes, path);
        diagnostics.AddRange(read.Diagnostics);
        if (read.Succeeded && read.StrictViolations is { } violations)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.PaconnCannotParse, Severity.Warning, string.Create(CultureInfo.InvariantCulture,
                $"paconn cannot parse this file for upload: it holds {violations.Count} deviation(s) from strict JSON, which Python's json module rejects (the first, {violations.First.Code}, here); fix them first."),
                violations.Position));
        }

        return read;
    }

    private static string? FindSwagger(string folder)
    {
        var standard = Path.Combine(folder, DefinitionFiles.ApiDefinition);
        if (File.Exists(standard) || new FileInfo(standard).LinkTarget is not null)
        {
            return standard;
        }

        if (!Directory.Exists(folder))
        {
            return null;
        }

        var candidates = Directory.GetFiles(folder, "*.swagger.json").Order(StringComparer.Ordinal).ToArray();
        return candidates.Length > 0 ? candidates[0] : null;
    }

    private static ConnectorScript? ReadScript(CompanionFiles files) =>
        files.Read(DefinitionFiles.Script) is { } bytes ? new ConnectorScript(Encoding.UTF8.GetString(bytes)) : null;

    private static ConnectorIcon? ReadIcon(CompanionFiles files) =>
        files.Read(DefinitionFiles.Icon) is { } bytes ? new ConnectorIcon(DefinitionFiles.Icon, bytes) : null;
}
