using ConnectorKit.Diagnostics;
using ConnectorKit.Generation;
using ConnectorKit.Inputs;

namespace ConnectorKit.Documentation;

/// <summary>
/// The readme of any PATH a command takes: a model folder (loaded, checked and expanded, with its <c>docs:</c>
/// sections; an environment may be laid over it) or a connector folder or file (which has no author sections).
/// </summary>
public static class ReadmeSource
{
    public static (ReadmeResult? Readme, IReadOnlyList<Diagnostic> Diagnostics) Read(string path, string? environment = null)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full) && File.Exists(Path.Combine(full, ConnectorInputLoader.ModelFile)))
        {
            var pipeline = environment is null ? GenerationPipeline.ToDefinition : GenerationPipeline.ToDefinition.ForEnvironment(environment);
            var context = pipeline.Execute(full);
            if (context.Definition is not { } definition || context.Diagnostics.HasErrors)
            {
                return (null, context.Diagnostics.Sorted());
            }

            var readme = ReadmeGenerator.Generate(definition, context.Model!.Docs, context.Model.Info.Position);
            return (readme, [.. context.Diagnostics.Sorted(), .. readme.Diagnostics]);
        }

        var input = ConnectorInputLoader.Load(full);
        if (input.Connector is not { } connector || input.HasErrors)
        {
            return (null, input.Diagnostics);
        }

        var fromFolder = ReadmeGenerator.Generate(connector.Definition, docs: null, new SourcePosition(input.NamedFile ?? full, 0, 0));
        return (fromFolder, [.. input.Diagnostics, .. fromFolder.Diagnostics]);
    }
}
