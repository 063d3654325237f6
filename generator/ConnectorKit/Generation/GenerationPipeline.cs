using ConnectorKit.Diagnostics;
using ConnectorKit.Emitting;
using ConnectorKit.Loading;

namespace ConnectorKit.Generation;

/// <summary>
/// What a generation gave: the files to write (none when there were errors), every finding, and the folders whose
/// files of a pattern the generation owns.
/// </summary>
public sealed record GenerationResult(IReadOnlyList<GeneratedFile> Files, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<OwnedFiles> Owned)
{
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// load the model -> check it -> expand it -> emit artifacts. Writing is the caller's: the pipeline works in memory so
/// that <c>generate --check</c> and <c>generate</c> share it, and a failed run writes nothing.
/// </summary>
public sealed class GenerationPipeline(IReadOnlyList<IGenerationStep> steps)
{
    /// <summary>What <c>connectorkit generate</c> runs: the validator judges the definition before anything is emitted.</summary>
    public static GenerationPipeline Default { get; } =
        new([new LoadModelStep(), new CheckModelStep(), new ExpandModelStep(), new ValidateDefinitionStep(), new EmitArtifactsStep(), new EmitClientStep(), new EmitReadmeStep()]);

    /// <summary><c>generate --no-validate</c>: the same without the validator.</summary>
    public static GenerationPipeline WithoutValidation { get; } =
        new([new LoadModelStep(), new CheckModelStep(), new ExpandModelStep(), new EmitArtifactsStep(), new EmitClientStep(), new EmitReadmeStep()]);

    /// <summary>Up to the connector definition, for commands that read a model but write nothing (validate, diff, client, import).</summary>
    public static GenerationPipeline ToDefinition { get; } = new([new LoadModelStep(), new CheckModelStep(), new ExpandModelStep()]);

    public IReadOnlyList<IGenerationStep> Steps { get; } = steps;

    /// <summary>The same steps with the environment <paramref name="name"/> laid over the model right after it is loaded.</summary>
    public GenerationPipeline ForEnvironment(string name) =>
        new([.. Steps.SelectMany(step => step is LoadModelStep ? [step, new ApplyEnvironmentStep(name)] : new[] { step })]);

    /// <summary>Runs every step that has what it needs and returns the shared context (model, definition, origins, findings).</summary>
    public GenerationContext Execute(string modelFolder, IReadOnlyList<ModelSourceFile>? sourceFiles = null)
    {
        var context = new GenerationContext(modelFolder, sourceFiles);
        foreach (var step in Steps)
        {
            if (step.CanRun(context))
            {
                step.Run(context);
            }
        }

        return context;
    }

    public GenerationResult Run(string modelFolder)
    {
        var context = Execute(modelFolder);
        if (context.Diagnostics.HasErrors)
        {
            return new GenerationResult([], context.Diagnostics.Sorted(), []);
        }

        return new GenerationResult([.. context.Files.OrderBy(f => f.RelativePath, StringComparer.Ordinal)], context.Diagnostics.Sorted(), context.Owned);
    }
}
