using ConnectorKit.Diagnostics;
using ConnectorKit.Emitting;

namespace ConnectorKit.Generation;

/// <summary>What a generation gave: the files to write (none when there were errors) and every finding.</summary>
public sealed record GenerationResult(IReadOnlyList<GeneratedFile> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// load the model -> check it -> expand it -> emit artifacts. Writing is the caller's: the pipeline works in memory so
/// that <c>generate --check</c> and <c>generate</c> share it, and a failed run writes nothing.
/// </summary>
public sealed class GenerationPipeline(IReadOnlyList<IGenerationStep> steps)
{
    public static GenerationPipeline Default { get; } =
        new([new LoadModelStep(), new CheckModelStep(), new ExpandModelStep(), new EmitArtifactsStep()]);

    public IReadOnlyList<IGenerationStep> Steps { get; } = steps;

    public GenerationResult Run(string modelFolder)
    {
        var context = new GenerationContext(modelFolder);
        foreach (var step in Steps)
        {
            if (step.CanRun(context))
            {
                step.Run(context);
            }
        }

        if (context.Diagnostics.HasErrors)
        {
            return new GenerationResult([], context.Diagnostics.Sorted());
        }

        return new GenerationResult([.. context.Files.OrderBy(f => f.RelativePath, StringComparer.Ordinal)], context.Diagnostics.Sorted());
    }
}
