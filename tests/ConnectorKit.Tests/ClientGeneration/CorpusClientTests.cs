using ConnectorKit.ClientGeneration;
using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Tests.TestSupport;

namespace ConnectorKit.Tests.ClientGeneration;

/// <summary>
/// Generates a client for every readable connector of the corpus and compiles them in memory, many per compilation,
/// each in its own namespace. The default run covers a fixed sample; CONNECTORKIT_FULL_CORPUS=1 runs all of them.
/// </summary>
public sealed class CorpusClientTests(ITestOutputHelper output)
{
    public const string FullCorpusVariable = "CONNECTORKIT_FULL_CORPUS";

    private const int BatchSize = 40;

    private const string NamespacePrefix = "Corpus.C";

    [Fact]
    public void Clients_of_corpus_connectors_compile_without_errors()
    {
        RepositoryPaths.RequireCorpus();
        var full = Environment.GetEnvironmentVariable(FullCorpusVariable) == "1";
        var folders = RepositoryPaths.CorpusConnectors();
        var chosen = full ? folders : CorpusSample.Choose(folders);

        var clients = new List<ClientSources>();
        foreach (var (folder, index) in chosen.Select((f, i) => (f, i)))
        {
            var read = ConnectorFolderReader.Read(folder);
            if (read.Definition is null || read.Diagnostics.Any(d => d.Severity == Severity.Error))
            {
                continue;
            }

            var name = NamespacePrefix + index.ToString("000", System.Globalization.CultureInfo.InvariantCulture);
            clients.Add(new ClientSources(name, ClientGenerator.Generate(read.Definition, new ClientOptions { Namespace = name })));
        }

        var failures = clients.Chunk(BatchSize).SelectMany(batch => ClientCompiler.Errors(batch)).ToList();
        var failed = failures.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        output.WriteLine($"{clients.Count - failed.Count} of {clients.Count} readable connectors ({chosen.Count} tried) compile with zero errors.");
        Assert.True(failures.Count == 0, ClientCompiler.Describe(failures.ToDictionary(f => Where(f.Key, chosen), f => f.Value)));
    }

    /// <summary>The client's name with the connector folder it came from (the index is the namespace's number).</summary>
    private static string Where(string name, IReadOnlyList<string> folders) =>
        name.StartsWith(NamespacePrefix, StringComparison.Ordinal)
            ? $"{name} ({Path.GetFileName(folders[int.Parse(name[NamespacePrefix.Length..], System.Globalization.CultureInfo.InvariantCulture)])})"
            : name;
}
