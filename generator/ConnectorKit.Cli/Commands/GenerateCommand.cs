using System.CommandLine;
using ConnectorKit.Diagnostics;
using ConnectorKit.Generation;
using ConnectorKit.Writing;

namespace ConnectorKit.Cli.Commands;

/// <summary><c>connectorkit generate [MODEL_DIR] [--out DIR] [--check]</c>.</summary>
public static class GenerateCommand
{
    public static Command Create(CliConsole console)
    {
        var modelArgument = new Argument<string?>("MODEL_DIR")
        {
            Description = "The model folder (with connector.yaml). Default: connector/ of the repository around the current folder.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        modelArgument.Validators.Add(OptionLikeArgument.Reject);
        var outOption = new Option<string?>("--out", "-o")
        {
            Description = "The folder to write the artifacts to. Default: the repository root without MODEL_DIR, else the current folder.",
        };
        var checkOption = new Option<bool>("--check")
        {
            Description = "Write nothing; regenerate in memory and exit 1 listing each file that differs from the one on disk.",
        };

        var noValidateOption = new Option<bool>("--no-validate")
        {
            Description = "Skip the offline validator, which otherwise judges the definition before anything is written.",
        };

        var command = new Command("generate", "Generate apiDefinition.swagger.json, apiProperties.json and settings.json from a connector model, with the script, icon and typed client the model names.")
        {
            modelArgument,
            outOption,
            checkOption,
            noValidateOption,
        };
        command.SetAction(parseResult => Execute(
            console,
            parseResult.GetValue(modelArgument),
            parseResult.GetValue(outOption),
            parseResult.GetValue(checkOption),
            parseResult.GetValue(noValidateOption) ? GenerationPipeline.WithoutValidation : GenerationPipeline.Default));
        return command;
    }

    private static int Execute(CliConsole console, string? modelArgument, string? outArgument, bool check, GenerationPipeline pipeline)
    {
        if (!TryLocate(console, modelArgument, outArgument, out var modelFolder, out var outputFolder))
        {
            return ExitCodes.Usage;
        }

        var result = pipeline.Run(modelFolder);
        console.Report(result.Diagnostics);
        if (!result.Succeeded)
        {
            var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
            console.Error.WriteLine($"generate: {errors} error(s); no file was written.");
            return ExitCodes.Failed;
        }

        if (check)
        {
            var differences = AtomicFileWriter.FindDifferences(outputFolder, result.Files);
            foreach (var file in differences)
            {
                console.Error.WriteLine($"{console.Display(Path.Combine(outputFolder, file))}: error {DiagnosticCodes.OutputDiffers.Code}: the file differs from what the model generates; run 'connectorkit generate'.");
            }

            var stale = AtomicFileWriter.FindStale(outputFolder, result.Files, result.Owned);
            foreach (var file in stale)
            {
                console.Error.WriteLine($"{console.Display(Path.Combine(outputFolder, file))}: error {DiagnosticCodes.OutputDiffers.Code}: the model no longer generates this file; run 'connectorkit generate' to delete it.");
            }

            console.Output.WriteLine(differences.Count + stale.Count == 0
                ? $"generate --check: {result.Files.Count} file(s) are up to date."
                : $"generate --check: {differences.Count} of {result.Files.Count} file(s) differ; {stale.Count} stale file(s).");
            return differences.Count + stale.Count == 0 ? ExitCodes.Success : ExitCodes.Failed;
        }

        var written = console.WriteFiles(outputFolder, result.Files);
        if (written == ExitCodes.Success)
        {
            foreach (var file in AtomicFileWriter.FindStale(outputFolder, result.Files, result.Owned))
            {
                File.Delete(Path.Combine(outputFolder, file));
                console.Output.WriteLine($"deleted {console.Display(Path.Combine(outputFolder, file))} (no longer generated)");
            }
        }

        return written;
    }

    private static bool TryLocate(CliConsole console, string? modelArgument, string? outArgument, out string modelFolder, out string outputFolder)
    {
        if (modelArgument is not null)
        {
            modelFolder = console.Resolve(modelArgument);
            outputFolder = console.Resolve(outArgument ?? ".");
            return true;
        }

        var root = RepositoryLocator.FindModelRoot(console.CurrentDirectory);
        if (root is null)
        {
            console.Error.WriteLine($"error: no MODEL_DIR given and no folder above {console.CurrentDirectory} holds {RepositoryLocator.DefaultModelFolder}/connector.yaml.");
            modelFolder = outputFolder = string.Empty;
            return false;
        }

        modelFolder = Path.Combine(root, RepositoryLocator.DefaultModelFolder);
        outputFolder = outArgument is null ? root : console.Resolve(outArgument);
        return true;
    }
}
