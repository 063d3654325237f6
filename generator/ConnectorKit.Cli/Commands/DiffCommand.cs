using System.CommandLine;
using ConnectorKit.Diagnostics;
using ConnectorKit.Diff;
using ConnectorKit.Reporting;
using ConnectorKit.Validation;

namespace ConnectorKit.Cli.Commands;

/// <summary>
/// <c>connectorkit diff OLD NEW</c> or <c>connectorkit diff --base REV PATH</c> <c>[--format text|json|sarif]</c>: the
/// breaking changes between two versions of a connector. The report goes to standard output, the summary to standard
/// error; exit 1 when a change is breaking.
/// </summary>
public static class DiffCommand
{
    public static Command Create(CliConsole console)
    {
        var pathsArgument = new Argument<string[]>("PATH")
        {
            Description = "OLD and NEW (with --base: only PATH): a connector folder, a swagger file, or a model folder (with connector.yaml).",
            Arity = new ArgumentArity(1, 2),
        };
        pathsArgument.Validators.Add(OptionLikeArgument.Reject);
        var baseOption = new Option<string?>("--base")
        {
            Description = "Compare PATH as it was at this git revision (a branch, tag or commit) with PATH as it is now.",
        };
        var formatOption = ReportFormatOption.Create();

        var command = new Command("diff", "Report the breaking changes between two versions of a connector.")
        {
            pathsArgument,
            baseOption,
            formatOption,
        };
        command.SetAction(parseResult => Execute(
            console,
            parseResult.GetValue(pathsArgument) ?? [],
            parseResult.GetValue(baseOption),
            ReportFormatOption.Read(parseResult, formatOption)));
        return command;
    }

    private static int Execute(CliConsole console, string[] paths, string? revision, ReportFormat format)
    {
        var expected = revision is null ? 2 : 1;
        if (paths.Length != expected)
        {
            console.Error.WriteLine(revision is null
                ? "error: give two paths, OLD and NEW, or one PATH with --base REV."
                : "error: with --base, give exactly one PATH.");
            return ExitCodes.Usage;
        }

        var resolved = paths.Select(console.Resolve).ToArray();
        var missing = console.MissingPathErrors(resolved).ToList();
        if (missing.Count > 0)
        {
            missing.ForEach(console.Error.WriteLine);
            return ExitCodes.Usage;
        }

        return revision is null ? Compare(console, resolved[0], resolved[1], format, snapshot: null) : CompareWithRevision(console, resolved[0], revision, format);
    }

    private static int CompareWithRevision(CliConsole console, string path, string revision, ReportFormat format)
    {
        var read = GitRevisionReader.Read(path, revision);
        if (read.Snapshot is not { } snapshot)
        {
            console.Error.WriteLine($"error: {read.Error}");
            return ExitCodes.Usage;
        }

        using (snapshot)
        {
            if (!snapshot.Existed)
            {
                Render(console, format, []);
                console.Summary($"diff: {console.Display(path)} did not exist at {revision}; nothing to compare.");
                return ExitCodes.Success;
            }

            return Compare(console, snapshot.Path, path, format, snapshot);
        }
    }

    private static int Compare(CliConsole console, string oldPath, string newPath, ReportFormat format, GitRevisionSnapshot? snapshot)
    {
        var old = ConnectorVersionLoader.Load(oldPath);
        var current = ConnectorVersionLoader.Load(newPath);

        // Reading findings of versions that could be compared (deviations from strict JSON, for one) are shown beside
        // the report, which lists changes only.
        var compared = old.Version is not null && current.Version is not null;
        if (compared)
        {
            console.Report(old.Diagnostics.Concat(current.Diagnostics).Select(d => snapshot?.Relabel(d) ?? d).Distinct());
        }

        var findings = compared ? BreakingChangeDetector.Compare(old.Version!, current.Version!) : old.Diagnostics.Concat(current.Diagnostics);
        var shown = DiagnosticOrder.Sort(findings.Select(d => snapshot?.Relabel(d) ?? d).Distinct());
        Render(console, format, shown);

        var errors = shown.Count(d => d.Severity == Severity.Error);
        console.Summary(!compared
            ? $"diff: a version could not be read ({errors} error(s)); nothing was compared."
            : $"diff: {errors} breaking change(s), {shown.Count - errors} other change(s).");
        return errors > 0 ? ExitCodes.Failed : ExitCodes.Success;
    }

    private static void Render(CliConsole console, ReportFormat format, IReadOnlyList<Diagnostic> findings) =>
        console.Output.Write(DiagnosticReport.Render(format, new ReportInput(findings, DiffCodes.All, ToolInfo.Name, console.CurrentDirectory)));
}
