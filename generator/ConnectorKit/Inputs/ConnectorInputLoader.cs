using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Generation;
using ConnectorKit.Json;

namespace ConnectorKit.Inputs;

/// <summary>
/// Turns a path into a connector, the same way for every command: a model folder (with connector.yaml: loaded,
/// checked and expanded, so findings point at the YAML), a connector folder, or one file of a connector folder (a
/// swagger under any name, read with the apiProperties.json and script.csx beside it). Bad content is a finding,
/// never an exception.
/// </summary>
public static class ConnectorInputLoader
{
    public const string ModelFile = "connector.yaml";

    public static ConnectorInput Load(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            return File.Exists(Path.Combine(full, ModelFile)) ? LoadModel(full) : LoadConnectorFolder(full);
        }

        if (File.Exists(full))
        {
            return LoadFile(full);
        }

        return new ConnectorInput(null, [Diagnostic.Create(DiagnosticCodes.FileNotFound, new SourcePosition(full, 0, 0), "There is no file or folder at this path.")]);
    }

    /// <summary>Load, check and expand the model (what generate does before writing).</summary>
    private static ConnectorInput LoadModel(string folder)
    {
        var generation = GenerationPipeline.ToDefinition.Execute(folder);
        var modelFile = Path.Combine(folder, ModelFile);
        return new ConnectorInput(generation.Connector, generation.Diagnostics.Sorted(), ModelFile: modelFile);
    }

    private static ConnectorInput LoadConnectorFolder(string folder)
    {
        var read = ConnectorFolderReader.Read(folder);
        return new ConnectorInput(ConnectorOf(read), read.Diagnostics);
    }

    private static ConnectorInput LoadFile(string file)
    {
        var folder = Path.GetDirectoryName(file)!;
        if (IsCompanionFile(Path.GetFileName(file)))
        {
            // Without a readable swagger there is no connector; the findings of reading the folder say why.
            var read = ConnectorFolderReader.Read(folder);
            return new ConnectorInput(ConnectorOf(read), read.Diagnostics, NamedFile: file);
        }

        return LoadSwaggerFile(file, folder);
    }

    /// <summary>The files of a connector folder beside its swagger; any other file named on its own is taken for the swagger.</summary>
    private static bool IsCompanionFile(string name) =>
        name is DefinitionFiles.ApiProperties or DefinitionFiles.Script or DefinitionFiles.Settings or DefinitionFiles.Icon;

    /// <summary>A swagger file under any name, with the apiProperties.json and script.csx beside it.</summary>
    private static ConnectorInput LoadSwaggerFile(string file, string folder)
    {
        var diagnostics = new List<Diagnostic>();
        var swagger = JsonFileReader.ReadFile(file, file);
        diagnostics.AddRange(swagger.Diagnostics);
        if (swagger.Root is not JsonObject apiDefinition)
        {
            if (swagger.Root is not null)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticCodes.WrongType, swagger.Positions.Find(JsonPointer.Root), "The swagger file must hold a JSON object."));
            }

            return new ConnectorInput(null, diagnostics, NamedFile: file);
        }

        var companions = new CompanionFiles(folder, diagnostics);
        var propertiesPath = Path.Combine(folder, DefinitionFiles.ApiProperties);
        var properties = companions.Read(DefinitionFiles.ApiProperties) is { } propertiesBytes ? JsonFileReader.Read(propertiesBytes, propertiesPath) : null;
        var scriptPath = Path.Combine(folder, DefinitionFiles.Script);
        var script = companions.Read(DefinitionFiles.Script) is { } scriptBytes ? new ConnectorScript(DecodeText(scriptBytes)) : null;
        var definition = new ConnectorDefinition(apiDefinition, properties?.Root as JsonObject, script);
        var connector = new PositionedConnector(definition, swagger.Positions,
            properties?.Positions ?? JsonPositionIndex.Empty(propertiesPath), script is null ? null : scriptPath);
        return new ConnectorInput(connector, diagnostics, NamedFile: file);
    }

    /// <summary>Text as <see cref="File.ReadAllText(string)"/> decodes it: UTF-8 unless a byte order mark says otherwise.</summary>
    private static string DecodeText(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static PositionedConnector? ConnectorOf(DefinitionReadResult read)
    {
        if (read.Definition is not { } definition)
        {
            return null;
        }

        var folder = Path.GetDirectoryName(read.ApiDefinitionPath)!;
        var scriptFile = definition.Script is null ? null : Path.Combine(folder, DefinitionFiles.Script);
        var iconPosition = definition.Icon is { } icon ? new SourcePosition(Path.Combine(folder, icon.FileName), 0, 0) : (SourcePosition?)null;
        return new PositionedConnector(definition, read.ApiDefinitionPositions, read.ApiPropertiesPositions, scriptFile, iconPosition);
    }
}
