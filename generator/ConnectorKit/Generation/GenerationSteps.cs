using ConnectorKit.Checking;
using ConnectorKit.Emitting;
using ConnectorKit.Environments;
using ConnectorKit.Expansion;
using ConnectorKit.Loading;

namespace ConnectorKit.Generation;

/// <summary>Reads the YAML files of the model folder into the immutable model.</summary>
public sealed class LoadModelStep : IGenerationStep
{
    public string Name => "load";

    public bool CanRun(GenerationContext context) => true;

    public void Run(GenerationContext context)
    {
        var result = context.SourceFiles is { } files ? ModelLoader.Load(context.ModelFolder, files) : ModelLoader.Load(context.ModelFolder);
        context.Diagnostics.AddRange(result.Diagnostics);
        context.Model = result.Model;
    }
}

/// <summary>
/// Lays the environment <c>--environment NAME</c> chose over the loaded model (see <see cref="EnvironmentOverlayApplier"/>),
/// so the checks, the validator and every artifact see the model as it is deployed there.
/// </summary>
public sealed class ApplyEnvironmentStep(string name) : IGenerationStep
{
    public string Name => "environment";

    public bool CanRun(GenerationContext context) => context.Model is not null;

    public void Run(GenerationContext context)
    {
        if (EnvironmentOverlayReader.Read(context.ModelFolder, name, context.Diagnostics) is not { } overlay)
        {
            context.Model = null;
            return;
        }

        context.Environment = overlay;
        context.Model = EnvironmentOverlayApplier.Apply(context.Model!, overlay, context.Diagnostics);
    }
}

/// <summary>Checks the model's meaning: references, path templates, triggers, policies.</summary>
public sealed class CheckModelStep : IGenerationStep
{
    public string Name => "check";

    public bool CanRun(GenerationContext context) => context.Model is not null;

    public void Run(GenerationContext context) => context.Diagnostics.AddRange(ModelChecker.Check(context.Model!));
}

/// <summary>Expands the model into the connector definition, remembering where each node came from.</summary>
public sealed class ExpandModelStep : IGenerationStep
{
    public string Name => "expand";

    public bool CanRun(GenerationContext context) => context.Model is not null && !context.Diagnostics.HasErrors;

    public void Run(GenerationContext context)
    {
        var result = ModelExpander.Expand(context.Model!);
        context.Diagnostics.AddRange(result.Diagnostics);
        context.Definition = result.Definition;
        context.Origins = result.Origins;
    }
}

/// <summary>Renders the definition into the files Power Platform takes.</summary>
public sealed class EmitArtifactsStep : IGenerationStep
{
    public string Name => "emit";

    public bool CanRun(GenerationContext context) => context.Definition is not null && !context.Diagnostics.HasErrors;

    public void Run(GenerationContext context) => context.Files.AddRange(DefinitionEmitter.Emit(context.Definition!, context.Target));
}
