using System.Reflection;

namespace ConnectorKit.Triggers.Tests.TestSupport;

/// <summary>The repository and the read-only ../shared beside it, as the build recorded them.</summary>
public static class Repository
{
    public static string Root { get; } = typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    public static string Corpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));

    /// <summary>A connector folder of the corpus; skips the calling test, saying why, when ../shared is not there.</summary>
    public static string CorpusConnector(string relativeFolder)
    {
        var folder = Path.Combine(Corpus, relativeFolder);
        if (!Directory.Exists(folder))
        {
            Assert.Skip($"The corpus connector {relativeFolder} is not at {folder}; these tests read it from ../shared beside the repository.");
        }

        return folder;
    }

    public static CancellationToken Token => TestContext.Current.CancellationToken;
}
