using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Emitting;
using ConnectorKit.Environments;
using ConnectorKit.Expansion;
using ConnectorKit.Inputs;
using ConnectorKit.Loading;
using ConnectorKit.Model;
using ConnectorKit.Paths;

namespace ConnectorKit.Generation;

/// <summary>
/// What the steps of one generation share: the input folder (and, for a model held in memory, its YAML files) and
/// what each step has made so far.
/// </summary>
public sealed class GenerationContext(string modelFolder, IReadOnlyList<ModelSourceFile>? sourceFiles = null)
{
    public string ModelFolder { get; } = modelFolder;

    /// <summary>The model's YAML files when they are not on disk (an import being checked); null to read the folder.</summary>
    public IReadOnlyList<ModelSourceFile>? SourceFiles { get; } = sourceFiles;

    public DiagnosticBag Diagnostics { get; } = new();

    public ConnectorModel? Model { get; set; }

    /// <summary>The environment laid over the model (<c>--environment NAME</c>); null for the model as written.</summary>
    public EnvironmentOverlay? Environment { get; set; }

    /// <summary>Where the artifacts are for, when an environment was chosen.</summary>
    public DeploymentTarget? Target => Environment is { } environment ? new DeploymentTarget(environment.EnvironmentId.Text, environment.ConnectorId?.Text) : null;

    public ConnectorDefinition? Definition { get; set; }

    public DefinitionOrigins? Origins { get; set; }

    public List<GeneratedFile> Files { get; } = [];

    /// <summary>The expanded definition positioned at the YAML, once the expand step has run.</summary>
    public PositionedConnector? Connector => Definition is { } definition && Origins is { } origins
        ? PositionedConnector.Expanded(
            definition,
            origins,
            Model?.KeyPositions ?? new ModelKeyPositions(),
            ScriptPath(),
            Model?.Info.Icon?.Position)
        : null;

    /// <summary>
    /// The script's full path, for findings in it; null when the model's path cannot name a file in its folder (a control
    /// character, an absolute path, ...), which loading has already reported.
    /// </summary>
    private string? ScriptPath() =>
        Model?.Script is { } script && ConfinedFolder.Normalize(script.File.Text, "the model folder", out _) is { } relative
            ? Path.GetFullPath(Path.Combine(ModelFolder, relative))
            : null;

    /// <summary>Where generated files own every file of a pattern, so stale ones can be found.</summary>
    public List<OwnedFiles> Owned { get; } = [];
}
