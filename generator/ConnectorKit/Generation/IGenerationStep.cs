namespace ConnectorKit.Generation;

/// <summary>One named step of the pipeline.</summary>
public interface IGenerationStep
{
    string Name { get; }

    /// <summary>Whether the step has what it needs; checks still run after load errors, so one run reports them all.</summary>
    bool CanRun(GenerationContext context);

    void Run(GenerationContext context);
}
