using ConnectorKit.Checking;
using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Loading;

namespace ConnectorKit.ClientGeneration;

/// <summary>A connector definition to generate a client from, or why there is none.</summary>
public sealed record ClientDefinitionResult(ConnectorDefinition? Definition, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Definition is not null && !Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// Reads the definition a client is generated from: a model folder (with connector.yaml) is loaded, checked and
/// expanded; any other folder is read as an existing connector (apiDefinition.swagger.json and apiProperties.json).
/// </summary>
public static class ClientDefinitionSource
{
    private const string ModelFile = "connector.yaml";

    public static ClientDefinitionResult Read(string folder)
    {
        if (!File.Exists(Path.Combine(folder, ModelFile)))
        {
            var read = ConnectorFolderReader.Read(folder);
            return new ClientDefinitionResult(read.Definition, read.Diagnostics);
        }

        var loaded = ModelLoader.Load(folder);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(loaded.Diagnostics);
        if (loaded.Model is null)
        {
            return new ClientDefinitionResult(null, diagnostics.Sorted());
        }

        diagnostics.AddRange(ModelChecker.Check(loaded.Model));
        if (diagnostics.HasErrors)
        {
            return new ClientDefinitionResult(null, diagnostics.Sorted());
        }

        var expanded = ModelExpander.Expand(loaded.Model);
        diagnostics.AddRange(expanded.Diagnostics);
        return new ClientDefinitionResult(expanded.Definition, diagnostics.Sorted());
    }
}
