namespace ConnectorKit.Runtime.Scripting;

/// <summary>
/// The <c>dotnet</c> executable that runs the worker: the one the SDK names in DOTNET_HOST_PATH, else the one of the
/// runtime this process runs on (three folders above its framework folder), so the worker runs on the same .NET.
/// </summary>
internal static class DotnetHost
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } named && File.Exists(named))
        {
            return named;
        }

        var executable = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        var frameworkFolder = System.IO.Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var root = System.IO.Path.GetFullPath(System.IO.Path.Combine(frameworkFolder, "..", "..", ".."));
        var candidate = System.IO.Path.Combine(root, executable);
        return File.Exists(candidate) ? candidate : executable;
    }
}
