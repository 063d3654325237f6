using System.CommandLine;
using ConnectorKit.Diagnostics;
using ConnectorKit.Import;
using ConnectorKit.Import.Sources;

namespace ConnectorKit.Cli.Commands;

/// <summary><c>connectorkit import PATH --out MODEL_DIR [--force]</c>: PATH is a connector folder, a swagger file, an OpenAPI 3 document or a Postman collection.</summary>
public static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var pathArgument = new Argument<string>("PATH")
        {
            Description = "What to import: a connector folder (apiDefinition.swagger.json or another *.swagger.json, apiProperties.json, optional script.csx), a Swagger 2.0 file, an OpenAPI 3.0/3.1 document (JSON or YAML) or a Postman collection v2.0/v2.1.",
        };
        pathArgument.Validators.Add(OptionLikeArgument.Reject);
        var outOption = new Option<string>("--out", "-o")
        {
            Description = "The model folder to write (connector.yaml and the files beside it).",
            Required = true,
        };
        var forceOption = new Option<bool>("--force")
        {
            Description = "Write into MODEL_DIR even when it is not empty (files of the same name are replaced).",
        };

        var command = new Command("import", "Import an existing connector into a model that regenerates it exactly, or start a model from an OpenAPI 3 document or a Postman collection.")
        {
            pathArgument,
            outOption,
            forceOption,
        };
        command.SetAction(parseResult => Execute(
            console,
            console.Resolve(parseResult.GetValue(pathArgument)!),
            console.Resolve(parseResult.GetValue(outOption)!),
            parseResult.GetValue(forceOption)));
        return command;
    }

    private static int Execute(CliConsole console, string source, string modelFolder, bool force)
    {
        if (!force && Directory.Exists(modelFolder) && Directory.EnumerateFileSystemEntries(modelFolder).Any())
        {
            console.Error.WriteLine($"{console.Display(modelFolder)}: error {DiagnosticCodes.ImportTargetNotEmpty.Code}: the folder is not empty; choose an empty one or pass --force.");
            return ExitCodes.Failed;
        }

        var result = SourceImporter.Import(source);
        console.Report(result.Diagnostics.Select(d => Path.IsPathRooted(d.Position.File) ? d : d with { Position = d.Position.InFile(Path.Combine(modelFolder, d.Position.File)) }));
        if (!result.Succeeded)
        {
            var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
            console.Error.WriteLine($"import: {errors} error(s); no file was written.");
            return ExitCodes.Failed;
        }

        return console.WriteFiles(modelFolder, result.Files);
    }
}
