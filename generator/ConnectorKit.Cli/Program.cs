using ConnectorKit.Cli;
using ConnectorKit.Cli.Terminal;

return CliApplication.Run(
    args,
    Console.Out,
    Console.Error,
    Environment.CurrentDirectory,
    PausingFileOperations.FromEnvironment(Console.Error, Console.In),
    CliHost.FromProcess());
