using System.Reflection;

namespace ConnectorKit.Bench.Pipeline;

/// <summary>Where the repository, ../shared/corpus and the programs timed as whole processes are, found from the binaries.</summary>
internal static class BenchPaths
{
    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    public static string Configuration { get; } = Metadata("Configuration");

    public static string Corpus => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus"));

    /// <summary>The connectorkit tool's entry point as the build left it (an app host, as an installed tool runs).</summary>
    public static string Cli => AppHost(Path.Combine("generator", "ConnectorKit.Cli"), "ConnectorKit.Cli");

    public static string HelloWorld => AppHost(Path.Combine("bench", "HelloWorld"), "ConnectorKit.Bench.HelloWorld");

    private static string AppHost(string project, string assembly) =>
        Path.Combine(RepositoryRoot, project, "bin", Configuration, "net10.0", OperatingSystem.IsWindows() ? assembly + ".exe" : assembly);

    private static string Metadata(string key) =>
        typeof(BenchPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"The assembly metadata {key} is missing.");
}
