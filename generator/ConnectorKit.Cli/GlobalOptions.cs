using System.CommandLine;
using ConnectorKit.Cli.Terminal;

namespace ConnectorKit.Cli;

/// <summary>The options every command takes: how much it says. One set per command tree (options keep their parents).</summary>
internal sealed class GlobalOptions
{
    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "Print only findings and the command's result: no list of written files, no summary, no progress.",
        Recursive = true,
    };

    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Also print each file left unchanged and the folders used.",
        Recursive = true,
    };

    public Verbosity Read(ParseResult parseResult) =>
        parseResult.GetValue(Quiet) ? Verbosity.Quiet : parseResult.GetValue(Verbose) ? Verbosity.Verbose : Verbosity.Normal;
}
