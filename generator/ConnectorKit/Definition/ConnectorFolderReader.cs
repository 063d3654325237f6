using System.Text;
using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Paths;

namespace ConnectorKit.Definition;

/// <summary>What reading a connector folder gave: the definition (null when a file could not be read), positions and findings.</summary>
public sealed record DefinitionReadResult(
    ConnectorDefinition? Definition,
    string? ApiDefinitionPath,
    JsonPositionIndex ApiDefinitionPositions,
    JsonPositionIndex ApiPropertiesPositions,
    IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// Reads an existing connector folder: <c>apiDefinition.swagger.json</c> (or the one other <c>*.swagger.json</c>),
/// <c>apiProperties.json</c>, and optional <c>script.csx</c> and <c>icon.png</c>. Never throws on bad content.
/// </summary>
public static class ConnectorFolderReader
{
    public static DefinitionReadResult Read(string folder)
    {
        var diagnostics = new List<Diagnostic>();
        var files = new CompanionFiles(folder, diagnostics);
        var swaggerPath = FindSwagger(folder, files);
        if (swaggerPath is null)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCodes.FileNotFound, new SourcePosition(folder, 0, 0),
                $"The folder has no {DefinitionFiles.ApiDefinition} (nor any other *.swagger.json)."));
            return new DefinitionReadResult(null, null, JsonPositionIndex.Empty(folder), JsonPositionIndex.Empty(folder), diagnostics);
        }

        if (files.Read(Path.GetFileName(swaggerPath)) is not { } swaggerBytes)
        {
            return new DefinitionReadResult(null, swaggerPath, JsonPositionIndex.Empty(swaggerPath), JsonPositionIndex.Empty(folder), diagnostics);
        }

        var swagger = JsonFileReader.Read(swaggerBytes, swaggerPath);
        diagnostics.AddRange(swagger.Diagnostics);

        var propertiesPath = Path.Combine(folder, DefinitionFiles.ApiProperties);
        var properties = files.Read(DefinitionFiles.ApiProperties) is { } propertiesBytes ? JsonFileReader.Read(propertiesBytes, propertiesPath) : null;
        if (properties is not null)
        {
            diagnostics.AddRange(properties.Diagnostics);
        }

        var apiDefinition = swagger.Root as JsonObject;
        if (swagger.Root is not null && apiDefinition is null)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCodes.WrongType, swagger.Positions.Find(JsonPointer.Root), "The swagger file must hold a JSON object."));
        }

        var apiProperties = properties?.Root as JsonObject;
        if (properties?.Root is not null && apiProperties is null)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCodes.WrongType, properties.Positions.Find(JsonPointer.Root), "apiProperties.json must hold a JSON object."));
        }

        var readable = apiDefinition is not null && (properties is null || apiProperties is not null);
        var definition = readable ? new ConnectorDefinition(apiDefinition!, apiProperties, ReadScript(files), ReadIcon(files)) : null;
        return new DefinitionReadResult(definition, swaggerPath, swagger.Positions,
            properties?.Positions ?? JsonPositionIndex.Empty(propertiesPath), diagnostics);
    }

    private static string? FindSwagger(string folder, CompanionFiles files)
    {
        if (files.Exists(DefinitionFiles.ApiDefinition))
        {
            return Path.Combine(folder, DefinitionFiles.ApiDefinition);
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
