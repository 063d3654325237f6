using System.CommandLine;
using ConnectorKit.Cli.Commands;

namespace ConnectorKit.Cli;

/// <summary>
/// Every command of the command line, in the order <c>connectorkit help</c> lists them. Registering a command is one
/// line here: a method that builds the command from the console it prints to.
/// </summary>
internal static class CliCommands
{
    public static IReadOnlyList<Func<CliConsole, Command>> All { get; } =
    [
        InitCommand.Create,
        GenerateCommand.Create,
        ValidateCommand.Create,
        DocsCommand.Create,
        PackageCommand.Create,
        DiffCommand.Create,
        ImportCommand.Create,
        RoundtripCommand.Create,
        ClientCommand.Create,
        SchemaCommand.Create,
        EmulatorCommand.Create,
        TriggerCommand.Create,
        ServeCommand.Create,
    ];
}
