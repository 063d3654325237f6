using ConnectorKit.Cli;

return CliApplication.Run(args, Console.Out, Console.Error, Environment.CurrentDirectory, PausingFileOperations.FromEnvironment(Console.Error, Console.In));
