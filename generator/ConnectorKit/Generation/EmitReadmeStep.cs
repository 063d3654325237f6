using ConnectorKit.Documentation;
using ConnectorKit.Emitting;

namespace ConnectorKit.Generation;

/// <summary>
/// Writes the connector's readme where the model's <c>docs: output:</c> says, beside the artifacts, so generate keeps
/// it current and <c>generate --check</c> fails when it is not.
/// </summary>
public sealed class EmitReadmeStep : IGenerationStep
{
    public string Name => "readme";

    public bool CanRun(GenerationContext context) =>
        context is { Model.Docs.Output: not null, Definition: not null } && !context.Diagnostics.HasErrors;

    public void Run(GenerationContext context)
    {
        var docs = context.Model!.Docs!;
        var readme = ReadmeGenerator.Generate(context.Definition!, docs, docs.Position);
        context.Diagnostics.AddRange(readme.Diagnostics);
        context.Files.Add(GeneratedFile.FromText(docs.Output!.Text, readme.Text));
    }
}
