using System.CommandLine;
using ConnectorKit.Diagnostics;
using ConnectorKit.Documentation;
using ConnectorKit.Emitting;

namespace ConnectorKit.Cli.Commands;

/// <summary>
/// <c>connectorkit docs [PATH] [--out FILE] [--environment NAME]</c>: the connector's readme.md in the shape
/// certification asks for, on standard output or into a file. Missing author sections are warnings.
/// </summary>
public static class DocsCommand
{
    public static Command Create(CliConsole console)
    {
        var pathArgument = ModelLocation.CreateArgument("PATH", "A model folder (its docs: section adds prerequisites, credentials and known issues) or a connector folder.");
        var outOption = new Option<string?>("--out", "-o") { Description = "Write the readme to this file instead of standard output." };
        var environmentOption = EnvironmentOption.Create("the readme");
        var command = new Command("docs", "Write the connector's readme.md as certification asks for it: publisher, prerequisites, credentials, connection, operations and triggers with inputs and outputs, definitions, known issues.")
        {
            pathArgument,
            outOption,
            environmentOption,
        };
        command.SetAction(parseResult => Execute(console, parseResult.GetValue(pathArgument), parseResult.GetValue(outOption), parseResult.GetValue(environmentOption)));
        return command;
    }

    private static int Execute(CliConsole console, string? pathArgument, string? outArgument, string? environment)
    {
        if (ModelLocation.Resolve(console, pathArgument) is not { } path)
        {
            return ExitCodes.Usage;
        }

        var (readme, diagnostics) = ReadmeSource.Read(path, environment);
        console.Report(diagnostics);
        if (readme is null)
        {
            console.Error.WriteLine($"docs: {diagnostics.Count(d => d.Severity == Severity.Error)} error(s); no readme was written.");
            return ExitCodes.Failed;
        }

        if (outArgument is null)
        {
            console.Output.Write(readme.Text);
            return ExitCodes.Success;
        }

        var file = console.Resolve(outArgument);
        return console.WriteFiles(Path.GetDirectoryName(file)!, [GeneratedFile.FromText(Path.GetFileName(file), readme.Text)]);
    }
}
