using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Generation;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Inputs;

/// <summary>
/// Turns a path into something to validate: a model folder (with connector.yaml: loaded, checked and expanded, so
/// findings point at the YAML), a connector folder, or one file of a connector folder (the folder is read around it,
/// and only that file's findings are kept). Bad content is a finding, never an exception.
/// </summary>
public static class ValidationInputLoader
{
    public const string ModelFile = "connector.yaml";

    public static ValidationInput Load(string path)
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

        return new ValidationInput(null, [Diagnostic.Create(DiagnosticCodes.FileNotFound, new SourcePosition(full, 0, 0), "There is no file or folder at this path.")]);
    }

    private static ValidationInput LoadConnectorFolder(string folder)
    {
        var read = ConnectorFolderReader.Read(folder);
        return new ValidationInput(ContextOf(read), read.Diagnostics);
    }

    private static ValidationInput LoadFile(string file)
    {
        var folder = Path.GetDirectoryName(file)!;
        var name = Path.GetFileName(file);
        if (IsCompanionFile(name))
        {
            // Without a readable swagger the rules cannot run; the findings of reading the folder say why.
            var read = ConnectorFolderReader.Read(folder);
            return ContextOf(read) is { } context ? new ValidationInput(context, read.Diagnostics, OnlyFile: file) : new ValidationInput(null, read.Diagnostics);
        }

        return LoadSwaggerFile(file, folder);
    }

    /// <summary>The files of a connector folder beside its swagger; any other file named on its own is taken for the swagger.</summary>
    private static bool IsCompanionFile(string name) =>
        name is DefinitionFiles.ApiProperties or DefinitionFiles.Script or DefinitionFiles.Settings or DefinitionFiles.Icon;

    /// <summary>A swagger file under any name, with the apiProperties.json and script.csx beside it.</summary>
    private static ValidationInput LoadSwaggerFile(string file, string folder)
    {
        var diagnostics = new List<Diagnostic>();
        var swagger = JsonFileReader.ReadFile(file, file);
        diagnostics.AddRange(swagger.Diagnostics);
        var propertiesPath = Path.Combine(folder, DefinitionFiles.ApiProperties);
        var properties = File.Exists(propertiesPath) ? JsonFileReader.ReadFile(propertiesPath, propertiesPath) : null;
        if (swagger.Root is not JsonObject apiDefinition)
        {
            if (swagger.Root is not null)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticCodes.WrongType, swagger.Positions.Find(JsonPointer.Root), "The swagger file must hold a JSON object."));
            }

            return new ValidationInput(null, diagnostics, OnlyFile: file);
        }

        var scriptPath = Path.Combine(folder, DefinitionFiles.Script);
        var script = File.Exists(scriptPath) ? new ConnectorScript(File.ReadAllText(scriptPath)) : null;
        var definition = new ConnectorDefinition(apiDefinition, properties?.Root as JsonObject, script);
        var context = new ValidationContext(definition, swagger.Positions,
            properties?.Positions ?? JsonPositionIndex.Empty(propertiesPath), script is null ? null : scriptPath);
        return new ValidationInput(context, diagnostics, OnlyFile: file);
    }

    private static ValidationContext? ContextOf(DefinitionReadResult read)
    {
        if (read.Definition is null)
        {
            return null;
        }

        var folder = Path.GetDirectoryName(read.ApiDefinitionPath)!;
        var scriptFile = read.Definition.Script is null ? null : Path.Combine(folder, DefinitionFiles.Script);
        return new ValidationContext(read.Definition, read.ApiDefinitionPositions, read.ApiPropertiesPositions, scriptFile);
    }

    /// <summary>Load, check and expand the model (what generate does before writing), and validate what it expands to.</summary>
    private static ValidationInput LoadModel(string folder)
    {
        var generation = new GenerationContext(folder);
        IGenerationStep[] steps = [new LoadModelStep(), new CheckModelStep(), new ExpandModelStep()];
        foreach (var step in steps.Where(s => s.CanRun(generation)))
        {
            step.Run(generation);
        }

        var modelFile = Path.Combine(folder, ModelFile);
        var diagnostics = generation.Diagnostics.Items;
        if (generation.Definition is not { } definition || generation.Origins is not { } origins)
        {
            return new ValidationInput(null, diagnostics, DefaultFile: modelFile);
        }

        var scriptFile = generation.Model?.Script is { } script ? Path.GetFullPath(Path.Combine(folder, script.File)) : null;
        var context = new ValidationContext(definition, origins.ToPositionIndex(DefinitionFileKind.ApiDefinition),
            origins.ToPositionIndex(DefinitionFileKind.ApiProperties), scriptFile);
        return new ValidationInput(context, diagnostics, DefaultFile: modelFile);
    }
}
