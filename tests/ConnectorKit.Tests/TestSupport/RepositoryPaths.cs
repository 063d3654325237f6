namespace ConnectorKit.Tests.TestSupport;

/// <summary>Where the repository and the read-only <c>../shared</c> folder are, found from the test binaries.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The read-only folder beside the repository (spec, schemas, corpus); absent on some machines.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Corpus => Path.Combine(Shared, "corpus");

    public static bool HasCorpus => Directory.Exists(Corpus);

    /// <summary>Skips the calling test, saying why, when ../shared/corpus is not beside the repository.</summary>
    public static void RequireCorpus()
    {
        if (!HasCorpus)
        {
            Assert.Skip($"The connector corpus is not at {Corpus}; these tests read it from ../shared beside the repository.");
        }
    }

    /// <summary>Every connector folder of the corpus (a folder holding an apiProperties.json), in ordinal order.</summary>
    public static IReadOnlyList<string> CorpusConnectors() =>
        [.. Directory.GetFiles(Corpus, "apiProperties.json", SearchOption.AllDirectories)
            .Select(Path.GetDirectoryName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)];

    /// <summary>The build records the repository folder in the test assembly, so binaries built elsewhere still find it.</summary>
    private static string FindRoot()
    {
        var recorded = typeof(RepositoryPaths).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot")
            .Value!;
        if (!File.Exists(Path.Combine(recorded, "CustomerInsights.Connector.sln")))
        {
            throw new InvalidOperationException($"The repository recorded at build time ({recorded}) has no CustomerInsights.Connector.sln.");
        }

        return recorded;
    }
}
