using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Generation;
using ConnectorKit.Json;

namespace ConnectorKit.Diff;

/// <summary>
/// What loading one side of a comparison gave: the version (null when it could not be read) and the reading findings.
/// A JSON file with a flaw the reader works around (a duplicate key, a byte order mark) still gives a version.
/// </summary>
public sealed record ConnectorVersionLoadResult(ConnectorVersion? Version, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// Reads one side of a comparison from a path: a model folder (with connector.yaml; expanded, positions in the YAML),
/// a connector folder (apiDefinition.swagger.json and apiProperties.json), or a single swagger file.
/// </summary>
public static class ConnectorVersionLoader
{
    private const string ModelFile = "connector.yaml";

    // Generation up to the definition: writing files is no part of a comparison.
    private static readonly IReadOnlyList<IGenerationStep> ModelSteps = [new LoadModelStep(), new CheckModelStep(), new ExpandModelStep()];

    public static ConnectorVersionLoadResult Load(string path)
    {
        if (Directory.Exists(path))
        {
            return File.Exists(Path.Combine(path, ModelFile)) ? LoadModel(path) : LoadConnectorFolder(path);
        }

        if (File.Exists(path))
        {
            return LoadSwaggerFile(path);
        }

        return new ConnectorVersionLoadResult(null,
            [Diagnostic.Create(DiagnosticCodes.FileNotFound, new SourcePosition(path, 0, 0), "No such file or folder.")]);
    }

    private static ConnectorVersionLoadResult LoadModel(string folder)
    {
        var context = new GenerationContext(folder);
        foreach (var step in ModelSteps.Where(s => s.CanRun(context)))
        {
            step.Run(context);
        }

        var version = context is { Definition: { } definition, Origins: { } origins } && !context.Diagnostics.HasErrors
            ? new ConnectorVersion(definition, origins.ToPositionIndex(DefinitionFileKind.ApiDefinition), origins.ToPositionIndex(DefinitionFileKind.ApiProperties))
            : null;
        return new ConnectorVersionLoadResult(version, context.Diagnostics.Sorted());
    }

    private static ConnectorVersionLoadResult LoadConnectorFolder(string folder)
    {
        var read = ConnectorFolderReader.Read(folder);
        var version = read.Definition is { } definition
            ? new ConnectorVersion(definition, read.ApiDefinitionPositions, read.ApiPropertiesPositions)
            : null;
        return new ConnectorVersionLoadResult(version, read.Diagnostics);
    }

    private static ConnectorVersionLoadResult LoadSwaggerFile(string file)
    {
        var read = JsonFileReader.ReadFile(file, file);
        var diagnostics = read.Diagnostics.ToList();
        if (read.Root is not null and not JsonObject)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCodes.WrongType, read.Positions.Find(JsonPointer.Root), "The swagger file must hold a JSON object."));
        }

        var version = read.Root is JsonObject swagger
            ? new ConnectorVersion(new ConnectorDefinition(swagger, null), read.Positions, JsonPositionIndex.Empty(file))
            : null;
        return new ConnectorVersionLoadResult(version, diagnostics);
    }
}
