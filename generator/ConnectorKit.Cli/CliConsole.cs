using ConnectorKit.Cli.Terminal;
using ConnectorKit.Diagnostics;
using ConnectorKit.Emitting;
using ConnectorKit.Writing;
using Spectre.Console;

namespace ConnectorKit.Cli;

/// <summary>
/// Where commands print, the folder they run in, how they write files and what the process runs in; injected so tests
/// run the CLI in-process (and a crash test can pause a run between two file operations). Standard output carries a
/// command's result, standard error its findings, summaries and progress.
/// </summary>
public sealed class CliConsole
{
    private static readonly Style ErrorStyle = new(Color.Red);
    private static readonly Style WarningStyle = new(Color.Yellow);
    private static readonly Style InfoStyle = new(Color.Blue);
    private static readonly Style ChangedStyle = new(Color.Green);
    private static readonly Style QuietStyle = new(Color.Grey);

    private readonly StyledStream _output;
    private readonly StyledStream _error;

    public CliConsole(TextWriter output, TextWriter error, string currentDirectory, IFileOperations? fileOperations = null, CliHost? host = null)
    {
        Output = output;
        Error = error;
        CurrentDirectory = currentDirectory;
        Host = host ?? CliHost.Redirected;
        Writer = new FileSetWriter(fileOperations ?? PhysicalFileOperations.Instance, WriterIdentity.Current);
        _output = new StyledStream(output, Host.OutputIsTerminal, Host.ColourAllowed);
        _error = new StyledStream(error, Host.ErrorIsTerminal, Host.ColourAllowed);
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public string CurrentDirectory { get; }

    public CliHost Host { get; }

    /// <summary>Set once from <c>--quiet</c> / <c>--verbose</c> before the command runs.</summary>
    public Verbosity Verbosity { get; set; } = Verbosity.Normal;

    public FileSetWriter Writer { get; }

    /// <summary>The terminal of standard error for a prompt or a spinner; null when it is redirected.</summary>
    internal IAnsiConsole? ErrorTerminal => _error.Live;

    public string Resolve(string path) => Path.GetFullPath(Path.Combine(CurrentDirectory, path));

    /// <summary>A path as the user should see it: relative to the current folder when it is below it.</summary>
    public string Display(string path)
    {
        var relative = Path.GetRelativePath(CurrentDirectory, path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? path : relative).Replace('\\', '/');
    }

    /// <summary>A usage error for each path that names no file or folder.</summary>
    public IEnumerable<string> MissingPathErrors(IEnumerable<string> resolvedPaths) =>
        resolvedPaths.Where(p => !File.Exists(p) && !Directory.Exists(p)).Select(p => $"error: no file or folder at {Display(p)}.");

    /// <summary>A line of standard output that <c>--quiet</c> leaves out.</summary>
    public void Info(string line)
    {
        if (Verbosity >= Verbosity.Normal)
        {
            Output.WriteLine(line);
        }
    }

    /// <summary>A line of standard output only <c>--verbose</c> shows.</summary>
    public void Detail(string line)
    {
        if (Verbosity >= Verbosity.Verbose)
        {
            Output.WriteLine(line);
        }
    }

    /// <summary>A command's closing summary on standard error, which <c>--quiet</c> leaves out.</summary>
    public void Summary(string line)
    {
        if (Verbosity >= Verbosity.Normal)
        {
            Error.WriteLine(line);
        }
    }

    /// <summary>
    /// Writes the files as one set (see <see cref="FileSetWriter"/>), deleting the stale files of <paramref name="owned"/>
    /// folders, and lists what changed; a file whose bytes are already right is left untouched and counted as
    /// unchanged (listed with <c>--verbose</c>). On a failure, says why: the old files are then as they were.
    /// </summary>
    public int WriteFiles(string folder, IReadOnlyList<GeneratedFile> files, IReadOnlyList<OwnedFiles>? owned = null)
    {
        var result = Writer.Write(folder, files, owned ?? []);
        Report(result.Diagnostics);
        if (!result.Succeeded)
        {
            return ExitCodes.Failed;
        }

        if (Verbosity == Verbosity.Quiet)
        {
            return ExitCodes.Success;
        }

        var written = result.Written.ToHashSet(StringComparer.Ordinal);
        foreach (var file in result.Written)
        {
            _output.WriteLine(("wrote", ChangedStyle), ($" {Display(Path.Combine(folder, file))}", null));
        }

        foreach (var file in result.Deleted)
        {
            _output.WriteLine(("deleted", ChangedStyle), ($" {Display(Path.Combine(folder, file))} (no longer generated)", null));
        }

        var unchanged = files.Where(f => !written.Contains(f.RelativePath)).ToList();
        if (Verbosity == Verbosity.Verbose)
        {
            unchanged.ForEach(file => _output.WriteLine(("unchanged", QuietStyle), ($" {Display(Path.Combine(folder, file.RelativePath))}", null)));
        }
        else if (unchanged.Count > 0)
        {
            _output.WriteLine(($"{unchanged.Count} file(s) unchanged in {Display(folder)}", QuietStyle));
        }

        return ExitCodes.Success;
    }

    /// <summary>Findings on standard error, one MSBuild line each, the severity in colour on a terminal; <c>--quiet</c> drops infos.</summary>
    public void Report(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == Severity.Info && Verbosity == Verbosity.Quiet)
            {
                continue;
            }

            WriteFinding(_error, diagnostic);
        }
    }

    /// <summary>A text report on standard output: each finding coloured like <see cref="Report"/> when that is a terminal.</summary>
    public void WriteTextReport(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            WriteFinding(_output, diagnostic);
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/>, which calls the action it is given once per item done, with a progress bar on an
    /// interactive standard error (not with <c>--quiet</c>, not for a single item); silently elsewhere.
    /// </summary>
    public T WithProgress<T>(string label, int total, Func<Action, T> work)
    {
        if (_error.Live is not { } terminal || Verbosity == Verbosity.Quiet || total < 2)
        {
            return work(() => { });
        }

        return terminal.Progress().AutoClear(true).HideCompleted(true).Start(context =>
        {
            var task = context.AddTask(label, maxValue: total);
            return work(() => task.Increment(1));
        });
    }

    /// <summary>Runs <paramref name="work"/> under a spinner on an interactive standard error (not with <c>--quiet</c>).</summary>
    public T WithStatus<T>(string label, Func<T> work)
    {
        if (_error.Live is not { } terminal || Verbosity == Verbosity.Quiet)
        {
            return work();
        }

        return terminal.Status().Start(label, _ => work());
    }

    /// <summary>
    /// Asks for a secret on an interactive terminal, without echoing it; null when the input or standard error is not a
    /// terminal (a CI run, a pipe), where nobody could answer.
    /// </summary>
    public string? PromptSecret(string question)
    {
        if (!Host.InputIsTerminal || _error.Live is not { } terminal)
        {
            return null;
        }

        return Host.SecretPrompt?.Invoke(question) ?? terminal.Prompt(new TextPrompt<string>(question).Secret());
    }

    private void WriteFinding(StyledStream stream, Diagnostic diagnostic)
    {
        var file = diagnostic.Position.File;
        var shown = Path.IsPathRooted(file) ? diagnostic with { Position = diagnostic.Position.InFile(Display(file)) } : diagnostic;
        var severity = shown.Severity.ToString().ToLowerInvariant();
        var style = shown.Severity switch
        {
            Severity.Error => ErrorStyle,
            Severity.Warning => WarningStyle,
            _ => InfoStyle,
        };
        stream.WriteLine(($"{shown.Position}: ", null), ($"{severity} {shown.Code}", style), ($": {shown.Message}", null));
    }
}
