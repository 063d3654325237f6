namespace ConnectorKit.Cli.Tests.TestSupport;

/// <summary>The repository these tests were built from (recorded in the test assembly at build time).</summary>
public static class RepositoryFolder
{
    public static string Root { get; } =
        typeof(RepositoryFolder).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
}
