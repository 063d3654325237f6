using ConnectorKit.Cli.Terminal;

namespace ConnectorKit.Cli.Tests.TestSupport;

/// <summary>The result of running the CLI in-process: exit code and what it printed.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun In(string currentDirectory, params string[] args) => With(CliHost.Redirected, currentDirectory, args);

    /// <summary>Runs as a process started in <paramref name="host"/> would (a terminal, environment variables).</summary>
    public static CliRun With(CliHost host, string currentDirectory, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exitCode = CliApplication.Run(args, output, error, currentDirectory, host: host);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
