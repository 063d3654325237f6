using System.CommandLine;
using ConnectorKit.Cli.Commands;
using ConnectorKit.Writing;

namespace ConnectorKit.Cli;

/// <summary>The command line: a thin layer that parses arguments and hands the work to the ConnectorKit library.</summary>
public static class CliApplication
{
    public static int Run(string[] args, TextWriter output, TextWriter error, string currentDirectory, IFileOperations? fileOperations = null)
    {
        var console = new CliConsole(output, error, currentDirectory, fileOperations);
        var root = new RootCommand("connectorkit: build, check and maintain Power Platform custom connectors from a declarative model.")
        {
            GenerateCommand.Create(console),
            ClientCommand.Create(console),
            ValidateCommand.Create(console),
            DiffCommand.Create(console),
            ImportCommand.Create(console),
            RoundtripCommand.Create(console),
            SchemaCommand.Create(console),
            ServeCommand.Create(console),
        };

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                error.WriteLine($"error: {parseError.Message}");
            }

            error.WriteLine("Run 'connectorkit --help' for usage.");
            return ExitCodes.Usage;
        }

        return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
