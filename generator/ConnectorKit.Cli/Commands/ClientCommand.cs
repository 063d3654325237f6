using System.CommandLine;
using ConnectorKit.ClientGeneration;
using ConnectorKit.Diagnostics;

namespace ConnectorKit.Cli.Commands;

/// <summary><c>connectorkit client PATH --out DIR --namespace NS [--name CLIENT] [--project]</c>.</summary>
public static class ClientCommand
{
    public static Command Create(CliConsole console)
    {
        var pathArgument = new Argument<string>("PATH")
        {
            Description = "A connector folder (apiDefinition.swagger.json, apiProperties.json) or a model folder (connector.yaml).",
        };
        pathArgument.Validators.Add(OptionLikeArgument.Reject);
        var outOption = new Option<string>("--out", "-o") { Description = "The folder to write the client's files to.", Required = true };
        var namespaceOption = new Option<string>("--namespace", "-n") { Description = "The C# namespace of the client.", Required = true };
        var nameOption = new Option<string?>("--name") { Description = "The client class name. Default: the connector's title followed by Client." };
        var projectOption = new Option<bool>("--project") { Description = "Also write a csproj with the package references the client needs." };

        var command = new Command("client", "Generate a typed C# client for a connector.")
        {
            pathArgument,
            outOption,
            namespaceOption,
            nameOption,
            projectOption,
        };
        command.SetAction(parseResult => Execute(console, new ClientCommandArguments(
            parseResult.GetValue(pathArgument)!,
            parseResult.GetValue(outOption)!,
            parseResult.GetValue(namespaceOption)!,
            parseResult.GetValue(nameOption),
            parseResult.GetValue(projectOption))));
        return command;
    }

    private static int Execute(CliConsole console, ClientCommandArguments arguments)
    {
        if (!ClientOptions.IsValidNamespace(arguments.Namespace))
        {
            console.Error.WriteLine($"error: '{arguments.Namespace}' is not a valid C# namespace (dot-separated identifiers, no keywords).");
            return ExitCodes.Usage;
        }

        var source = ClientDefinitionSource.Read(console.Resolve(arguments.Path));
        console.Report(source.Diagnostics);
        if (!source.Succeeded)
        {
            console.Error.WriteLine("client: the connector could not be read; no file was written.");
            return ExitCodes.Failed;
        }

        var options = new ClientOptions { Namespace = arguments.Namespace, ClientName = arguments.Name, IncludeProject = arguments.Project };
        var files = ClientGenerator.Generate(source.Definition!, options);
        var outputFolder = console.Resolve(arguments.Out);
        return console.WriteFiles(outputFolder, files);
    }

    private sealed record ClientCommandArguments(string Path, string Out, string Namespace, string? Name, bool Project);
}
