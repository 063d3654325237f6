using System.CommandLine;
using ConnectorKit.Cli.Commands;
using ConnectorKit.Cli.Terminal;
using ConnectorKit.Diagnostics;
using ConnectorKit.Writing;

namespace ConnectorKit.Cli;

/// <summary>The command line: a thin layer that parses arguments and hands the work to the ConnectorKit library.</summary>
public static class CliApplication
{
    public const string Description = "connectorkit: build, check, document and package Power Platform custom connectors from a declarative model.";

    public static int Run(string[] args, TextWriter output, TextWriter error, string currentDirectory, IFileOperations? fileOperations = null, CliHost? host = null)
    {
        var console = new CliConsole(output, error, currentDirectory, fileOperations, host);
        var globals = new GlobalOptions();
        var root = new RootCommand(Description) { globals.Quiet, globals.Verbose };
        foreach (var create in CliCommands.All)
        {
            root.Add(create(console));
        }

        root.Add(HelpCommand.Create(root, console));

        // Without a command, the usage is what the user needs; it is still a usage error.
        root.SetAction(_ =>
        {
            HelpText.Write(root.Parse(["--help"]), output);
            return ExitCodes.Usage;
        });

        var parseResult = root.Parse(args);
        if (HelpText.IsHelp(parseResult))
        {
            return HelpText.Write(parseResult, output);
        }

        if (parseResult.Errors.Count > 0 && parseResult.Action is not { ClearsParseErrors: true })
        {
            return ReportUsageErrors(console, root, parseResult, args);
        }

        console.Verbosity = globals.Read(parseResult);

        // After Ctrl+C, trigger still unsubscribes and emulator stops its host: give them time to finish.
        return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = TimeSpan.FromSeconds(40) });
    }

    /// <summary>The names of the commands, for "did you mean" hints.</summary>
    internal static IEnumerable<string> CommandNames(Command root) => root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name);

    /// <summary>One error for an unknown command, with the nearest command.</summary>
    private static int UnknownCommand(CliConsole console, Command root, string name)
    {
        var names = CommandNames(root).ToList();
        console.Error.WriteLine(Suggestions.Closest(name, names) is { } nearest
            ? $"error: '{name}' is not a connectorkit command. Did you mean '{nearest}'?"
            : $"error: '{name}' is not a connectorkit command; the commands are {string.Join(", ", names)}.");
        console.Error.WriteLine("Run 'connectorkit help' for usage.");
        return ExitCodes.Usage;
    }

    /// <summary>One error for an unknown command; otherwise each parse error, and where to read the usage.</summary>
    private static int ReportUsageErrors(CliConsole console, RootCommand root, ParseResult parseResult, string[] args)
    {
        var first = args.FirstOrDefault(a => !IsGlobalOption(a));
        if (parseResult.CommandResult.Command == root && first is not null && !first.StartsWith('-'))
        {
            return UnknownCommand(console, root, first);
        }

        foreach (var parseError in parseResult.Errors)
        {
            console.Error.WriteLine($"error: {parseError.Message}");
        }

        var command = parseResult.CommandResult.Command == root ? string.Empty : $" {parseResult.CommandResult.Command.Name}";
        console.Error.WriteLine($"Run 'connectorkit help{command}' for usage.");
        return ExitCodes.Usage;
    }

    private static bool IsGlobalOption(string arg) => arg is "--quiet" or "-q" or "--verbose";
}
