using ConnectorKit.Cli;
using ConnectorKit.Cli.Terminal;
using ConnectorKit.Validation.CustomCode;

// Script checks are kept across runs of the tool only: the library keeps them in memory unless told where.
ScriptCheckCache.Store = ScriptCheckCacheLocation.Resolve(Environment.GetEnvironmentVariable) is { } cacheFolder ? new ScriptCheckStore(cacheFolder) : null;

return CliApplication.Run(
    args,
    Console.Out,
    Console.Error,
    Environment.CurrentDirectory,
    PausingFileOperations.FromEnvironment(Console.Error, Console.In),
    CliHost.FromProcess());
