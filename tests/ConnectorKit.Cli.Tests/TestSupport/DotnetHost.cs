namespace ConnectorKit.Cli.Tests.TestSupport;

/// <summary>The dotnet host that runs the command line in its own process: the one this test runs in, or the one the SDK names.</summary>
public static class DotnetHost
{
    public static string Path =>
        System.IO.Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet"
            ? Environment.ProcessPath!
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
}
