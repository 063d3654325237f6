using ConnectorKit.Diagnostics;
using ConnectorKit.Emitting;
using ConnectorKit.Writing;

namespace ConnectorKit.Cli;

/// <summary>Where commands write, and the folder they run in; injected so tests run the CLI in-process.</summary>
public sealed class CliConsole(TextWriter output, TextWriter error, string currentDirectory)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public string CurrentDirectory { get; } = currentDirectory;

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

    /// <summary>Writes the files atomically and lists them; on an I/O failure, says so and leaves the old files as they were.</summary>
    public int WriteFiles(string folder, IReadOnlyList<GeneratedFile> files)
    {
        try
        {
            AtomicFileWriter.WriteAll(folder, files);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Error.WriteLine($"{Display(folder)}: error {DiagnosticCodes.OutputWriteFailed.Code}: {exception.Message}");
            return ExitCodes.Failed;
        }

        foreach (var file in files)
        {
            Output.WriteLine($"wrote {Display(Path.Combine(folder, file.RelativePath))}");
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
