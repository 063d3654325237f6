using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Generation;

namespace ConnectorKit.Inputs;

/// <summary>
/// Turns a path into a connector, the same way for every command: a model folder (with connector.yaml: loaded,
/// checked and expanded, so findings point at the YAML), a connector folder, or one file of a connector folder (a
/// swagger under any name, read with the files beside it). Bad content is a finding,
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

    /// <summary>
    /// One file: a companion file stands for its folder, any other file is taken for the swagger (read with the files
    /// beside it). Without a readable swagger there is no connector; the findings say why.
    /// </summary>
    private static ConnectorInput LoadFile(string file)
    {
        var read = IsCompanionFile(Path.GetFileName(file))
            ? ConnectorFolderReader.Read(Path.GetDirectoryName(file)!)
            : ConnectorFolderReader.ReadSwagger(file);
        return new ConnectorInput(ConnectorOf(read), read.Diagnostics, NamedFile: file);
    }

    /// <summary>The files of a connector folder beside its swagger.</summary>
    private static bool IsCompanionFile(string name) =>
        name is DefinitionFiles.ApiProperties or DefinitionFiles.Script or DefinitionFiles.Settings or DefinitionFiles.Icon;

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
