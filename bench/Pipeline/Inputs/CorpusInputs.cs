using ConnectorKit.Definition;

namespace ConnectorKit.Bench.Pipeline.Inputs;

/// <summary>
/// The connectors the in-process figures run over: every readable connector of ../shared/corpus (every
/// <see cref="BenchOptions.CorpusStride"/>-th in quick mode), plus the Customer Insights connector of this repository.
/// A connector our reader rejects is left out for every contender alike, and counted.
/// </summary>
internal sealed record CorpusInputs(IReadOnlyList<BenchConnector> Connectors, int CorpusFolders, int Unreadable)
{
    /// <summary>Null, after saying why, when ../shared/corpus is not beside the repository.</summary>
    public static CorpusInputs? Load(BenchOptions options, TextWriter output)
    {
        var corpus = BenchPaths.Corpus;
        if (!Directory.Exists(corpus))
        {
            output.WriteLine($"skipped: the connector corpus is not at {corpus} (../shared beside the repository); the corpus figures need it.");
            return null;
        }

        var folders = Directory.GetFiles(corpus, "apiProperties.json", SearchOption.AllDirectories)
            .Select(Path.GetDirectoryName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .Where((_, index) => index % options.CorpusStride == 0)
            .ToList();
        var connectors = new List<BenchConnector>();
        foreach (var folder in folders.Append(BenchPaths.RepositoryRoot))
        {
            if (Readable(folder) is { } connector)
            {
                connectors.Add(connector);
            }
        }

        return new CorpusInputs(connectors, folders.Count, folders.Count + 1 - connectors.Count);
    }

    private static BenchConnector? Readable(string folder)
    {
        var read = ConnectorFolderReader.Read(folder);
        if (read.Definition is null || read.ApiDefinitionPath is null || read.Diagnostics.Any(d => d.Severity == Diagnostics.Severity.Error))
        {
            return null;
        }

        var properties = Path.Combine(folder, DefinitionFiles.ApiProperties);
        IReadOnlyList<string> json = File.Exists(properties) ? [read.ApiDefinitionPath, properties] : [read.ApiDefinitionPath];
        var name = folder == BenchPaths.RepositoryRoot ? "customer-insights" : Path.GetRelativePath(BenchPaths.Corpus, folder).Replace('\\', '/');
        return new BenchConnector(name, folder, read.ApiDefinitionPath, json);
    }
}
