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
        var modelArgument = ModelLocation.CreateArgument("MODEL_DIR", "The model folder (with connector.yaml).");
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

        var environmentOption = EnvironmentOption.Create();

        var command = new Command("generate", "Generate apiDefinition.swagger.json, apiProperties.json and settings.json from a connector model, with the script, icon and typed client the model names.")
        {
            modelArgument,
            outOption,
            checkOption,
            noValidateOption,
            environmentOption,
        };
        command.SetAction(parseResult => Execute(
            console,
            parseResult.GetValue(modelArgument),
            parseResult.GetValue(outOption),
            parseResult.GetValue(checkOption),
            EnvironmentOption.Apply(parseResult, environmentOption, parseResult.GetValue(noValidateOption) ? GenerationPipeline.WithoutValidation : GenerationPipeline.Default)));
        return command;
    }

    private static int Execute(CliConsole console, string? modelArgument, string? outArgument, bool check, GenerationPipeline pipeline)
    {
        if (!TryLocate(console, modelArgument, outArgument, out var modelFolder, out var outputFolder))
        {
            return ExitCodes.Usage;
        }

        console.Detail($"model: {console.Display(modelFolder)}; output: {console.Display(outputFolder)}");
        var result = console.WithStatus("Generating", () => pipeline.Run(modelFolder));
        console.Report(result.Diagnostics);
        if (!result.Succeeded)
        {
            var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
            console.Error.WriteLine($"generate: {errors} error(s); no file was written.");
            return ExitCodes.Failed;
        }

        return check ? Check(console, outputFolder, result) : console.WriteFiles(outputFolder, result.Files, result.Owned);
    }

    /// <summary>Writes nothing: lists each file that differs, each stale one, and an interrupted write not yet completed.</summary>
    private static int Check(CliConsole console, string outputFolder, GenerationResult result)
    {
        var plan = OutputPlan.Of(outputFolder, result.Files, result.Owned);
        var findings = new List<Diagnostic>(plan.Findings);
        if (FileSetWriter.IsInterrupted(outputFolder))
        {
            findings.Add(Diagnostic.Create(DiagnosticCodes.InterruptedWritePending, new SourcePosition(Path.Combine(outputFolder, WriteJournal.FileName), 0, 0),
                "a write into this folder was interrupted; run 'connectorkit generate' to complete it."));
        }

        findings.AddRange(plan.Changes.Select(change => Diagnostic.Create(DiagnosticCodes.OutputDiffers,
            new SourcePosition(Path.Combine(outputFolder, change.File.RelativePath), 0, 0),
            "the file differs from what the model generates; run 'connectorkit generate'.")));
        findings.AddRange(plan.Stale.Select(stale => Diagnostic.Create(DiagnosticCodes.OutputDiffers,
            new SourcePosition(Path.Combine(outputFolder, stale.Path), 0, 0),
            "the model no longer generates this file; run 'connectorkit generate' to delete it.")));
        console.Report(findings);

        var upToDate = !findings.Any(d => d.Severity == Severity.Error);
        console.Info(upToDate
            ? $"generate --check: {result.Files.Count} file(s) are up to date."
            : $"generate --check: {plan.Changes.Count} of {result.Files.Count} file(s) differ; {plan.Stale.Count} stale file(s).");
        return upToDate ? ExitCodes.Success : ExitCodes.Failed;
    }

    private static bool TryLocate(CliConsole console, string? modelArgument, string? outArgument, out string modelFolder, out string outputFolder)
    {
        if (modelArgument is not null)
        {
            modelFolder = console.Resolve(modelArgument);
            outputFolder = console.Resolve(outArgument ?? ".");
            return true;
        }

        if (ModelLocation.Resolve(console, pathArgument: null) is not { } defaultModel)
        {
            modelFolder = outputFolder = string.Empty;
            return false;
        }

        modelFolder = defaultModel;
        outputFolder = outArgument is null ? Path.GetDirectoryName(defaultModel)! : console.Resolve(outArgument);
        return true;
    }
}
