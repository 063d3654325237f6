using ConnectorKit.Diagnostics;
using ConnectorKit.Emitting;
using ConnectorKit.Writing;

namespace ConnectorKit.Cli;

/// <summary>
/// Where commands print, the folder they run in, and how they write files; injected so tests run the CLI in-process
/// (and a crash test can pause a run between two file operations).
/// </summary>
public sealed class CliConsole(TextWriter output, TextWriter error, string currentDirectory, IFileOperations? fileOperations = null)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public string CurrentDirectory { get; } = currentDirectory;

    public FileSetWriter Writer { get; } = new(fileOperations ?? PhysicalFileOperations.Instance, WriterIdentity.Current);

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

    /// <summary>
    /// Writes the files as one set (see <see cref="FileSetWriter"/>), deleting the stale files of <paramref name="owned"/>
    /// folders, and lists what changed; on a failure, says why: the old files are then as they were.
    /// </summary>
    public int WriteFiles(string folder, IReadOnlyList<GeneratedFile> files, IReadOnlyList<OwnedFiles>? owned = null)
    {
        var result = Writer.Write(folder, files, owned ?? []);
        Report(result.Diagnostics);
        if (!result.Succeeded)
        {
            return ExitCodes.Failed;
        }

        foreach (var file in result.Written)
        {
            Output.WriteLine($"wrote {Display(Path.Combine(folder, file))}");
        }

        foreach (var file in result.Deleted)
        {
            Output.WriteLine($"deleted {Display(Path.Combine(folder, file))} (no longer generated)");
        }

        var unchanged = files.Count - result.Written.Count;
        if (unchanged > 0)
        {
            Output.WriteLine($"{unchanged} file(s) already up to date in {Display(folder)}");
        }

        return ExitCodes.Success;
    }

    public void Report(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var file = diagnostic.Position.File;
            var shown = Path.IsPathRooted(file) ? diagnostic with { Position = diagnostic.Position.InFile(Display(file)) } : diagnostic;
            Error.WriteLine(shown.ToString());
        }
    }
}
