using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ConnectorKit.Bench.Pipeline.ColdStart;

/// <summary>
/// Publishes a project for this machine's runtime with ReadyToRun (<c>dotnet publish -r RID</c>, as the README tells
/// users to install a fast-starting tool), so the cold starts are timed both JIT-compiled and compiled ahead of time.
/// </summary>
internal static class ReadyToRunPublish
{
    /// <summary>The published app host, or null (after saying why) when publishing failed, such as without the runtime pack.</summary>
    public static string? Publish(string project, string assembly, string output, TextWriter log)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["publish", project, "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "--self-contained", "false",
            "-p:PublishReadyToRun=true", "-o", output])
        {
            start.ArgumentList.Add(argument);
        }

        log.WriteLine($"publishing {Path.GetFileName(project)} with ReadyToRun for {RuntimeInformation.RuntimeIdentifier} ...");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var host = Path.Combine(output, OperatingSystem.IsWindows() ? assembly + ".exe" : assembly);
        if (process.ExitCode == 0 && File.Exists(host))
        {
            return host;
        }

        log.WriteLine($"skipped the ReadyToRun cases: dotnet publish exited {process.ExitCode}:\n{standardOutput.Result}{standardError.Result}");
        return null;
    }
}
