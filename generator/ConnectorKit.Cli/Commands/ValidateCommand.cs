using System.CommandLine;
using ConnectorKit.Diagnostics;
using ConnectorKit.Reporting;
using ConnectorKit.Validation;
using ConnectorKit.Validation.Configuration;

namespace ConnectorKit.Cli.Commands;

/// <summary>
/// <c>connectorkit validate PATH... [--format text|json|sarif] [--certification] [--warnings-as-errors]
/// [--disable CODE]... [--config FILE]</c>: the report goes to standard output, the summary to standard error.
/// </summary>
public static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var pathsArgument = new Argument<string[]>("PATH")
        {
            Description = "A connector folder, one of its files, or a model folder (with connector.yaml).",
            Arity = ArgumentArity.OneOrMore,
        };
        pathsArgument.Validators.Add(OptionLikeArgument.Reject);
        var formatOption = ReportFormatOption.Create();
        var certificationOption = new Option<bool>("--certification") { Description = "Also run the certification-only rules." };
        var warningsAsErrorsOption = new Option<bool>("--warnings-as-errors") { Description = "Report warnings as errors (and exit 1 on them)." };
        var disableOption = new Option<string[]>("--disable")
        {
            Description = "Switch a rule code off; repeat for more codes.",
            AllowMultipleArgumentsPerToken = false,
        };
        var configOption = new Option<string?>("--config")
        {
            Description = $"The configuration file. Default: {ValidationConfig.FileName} in the PATH's folder, else in the current folder.",
        };

        var command = new Command("validate", "Validate connectors offline with Microsoft's Swagger Validator rules and the toolkit's own.")
        {
            pathsArgument,
            formatOption,
            certificationOption,
            warningsAsErrorsOption,
            disableOption,
            configOption,
        };
        command.SetAction(parseResult =>
        {
            var options = new ValidationOptions
            {
                Certification = parseResult.GetValue(certificationOption),
                WarningsAsErrors = parseResult.GetValue(warningsAsErrorsOption),
                DisabledCodes = new HashSet<string>(parseResult.GetValue(disableOption) ?? [], StringComparer.OrdinalIgnoreCase),
            };
            return Execute(console, parseResult.GetValue(pathsArgument) ?? [], ReportFormatOption.Read(parseResult, formatOption), options, parseResult.GetValue(configOption));
        });
        return command;
    }

    private static int Execute(CliConsole console, string[] paths, ReportFormat format, ValidationOptions options, string? configArgument)
    {
        var resolved = paths.Select(console.Resolve).ToArray();
        var usageErrors = console.MissingPathErrors(resolved)
            .Concat(options.DisabledCodes.Where(c => !RuleCatalogue.IsKnownCode(c)).Select(c => $"error: --disable {c}: not a code the validator reports."))
            .ToList();
        var explicitConfig = configArgument is null ? null : console.Resolve(configArgument);
        if (explicitConfig is not null && !File.Exists(explicitConfig))
        {
            usageErrors.Add($"error: the configuration file {console.Display(explicitConfig)} does not exist.");
        }

        if (usageErrors.Count > 0)
        {
            usageErrors.ForEach(console.Error.WriteLine);
            return ExitCodes.Usage;
        }

        var runs = new List<(string Path, ValidationOptions Options)>();
        var configs = new Dictionary<string, ValidationConfigReadResult>(StringComparer.Ordinal);
        foreach (var path in resolved)
        {
            if (!TryConfigure(console, configs, explicitConfig ?? ValidationConfig.Find(path, console.CurrentDirectory), options, out var configured))
            {
                return ExitCodes.Usage;
            }

            runs.Add((path, configured));
        }

        // Connectors are independent and rules keep no state, so paths are validated in parallel; sorting keeps the output stable.
        var findings = console.WithProgress("Validating", runs.Count, done => runs.AsParallel().SelectMany(run =>
        {
            var found = ConnectorValidation.Run(run.Path, run.Options);
            done();
            return found;
        }).ToList());
        var sorted = DiagnosticOrder.Sort(findings.Distinct());
        if (format == ReportFormat.Text)
        {
            console.WriteTextReport(sorted);
        }
        else
        {
            console.Output.Write(DiagnosticReport.Render(format, new ReportInput(sorted, RuleCatalogue.Descriptors, ToolInfo.Name, console.CurrentDirectory)));
        }

        var errors = sorted.Count(d => d.Severity == Severity.Error);
        var warnings = sorted.Count(d => d.Severity == Severity.Warning);
        console.Summary($"validate: {errors} error(s), {warnings} warning(s) in {resolved.Length} path(s).");
        return errors > 0 ? ExitCodes.Failed : ExitCodes.Success;
    }

    /// <summary>
    /// The options for one path: the command line's plus its configuration file's (each file read and reported once);
    /// false when that file is invalid.
    /// </summary>
    private static bool TryConfigure(CliConsole console, Dictionary<string, ValidationConfigReadResult> configs, string? configFile, ValidationOptions options, out ValidationOptions configured)
    {
        configured = options;
        if (configFile is null)
        {
            return true;
        }

        if (!configs.TryGetValue(configFile, out var read))
        {
            read = configs[configFile] = ValidationConfigReader.Read(configFile);
            console.Report(read.Diagnostics);
        }

        if (read.Config is null)
        {
            return false;
        }

        configured = read.Config.ApplyTo(options);
        return true;
    }
}
