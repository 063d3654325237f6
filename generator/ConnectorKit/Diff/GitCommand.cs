using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace ConnectorKit.Diff;

/// <summary>What one git command gave: exit code, standard output as bytes (file contents are not text), and its error text.</summary>
public sealed record GitOutput(int ExitCode, byte[] Output, string Error)
{
    public bool Succeeded => ExitCode == 0;

    public string Text => Encoding.UTF8.GetString(Output);
}

/// <summary>Runs git with an argument list (never a command line to be split), so paths and revisions need no quoting.</summary>
public static class GitCommand
{
    /// <summary>Runs <c>git -C folder args...</c>; null when git itself could not be started.</summary>
    public static GitOutput? Run(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(folder);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // git's messages reach the user; one language keeps the output independent of the machine.
        start.Environment["LC_ALL"] = "C";
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            // Both pipes are drained at once: a full stderr pipe would otherwise block git while we wait on stdout.
            var error = process.StandardError.ReadToEndAsync();
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            return new GitOutput(process.ExitCode, output.ToArray(), error.Result.Trim());
        }
        catch (Win32Exception)
        {
            return null;
        }
    }
}
