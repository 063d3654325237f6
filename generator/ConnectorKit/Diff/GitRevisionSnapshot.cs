using ConnectorKit.Diagnostics;

namespace ConnectorKit.Diff;

/// <summary>
/// The files of a path as they were at a git revision, written to a temporary folder (deleted on dispose) so they
/// load like any other connector. Findings in them are relabelled to the path they have in the work tree.
/// </summary>
public sealed class GitRevisionSnapshot : IDisposable
{
    private readonly string _temporaryRoot;
    private readonly string _workTreePath;

    internal GitRevisionSnapshot(string temporaryRoot, string snapshotPath, string workTreePath, string revision, bool existed)
    {
        _temporaryRoot = temporaryRoot;
        _workTreePath = workTreePath;
        Path = snapshotPath;
        Revision = revision;
        Existed = existed;
    }

    /// <summary>Where the path's old content is (a folder or a file, like the path itself).</summary>
    public string Path { get; }

    public string Revision { get; }

    /// <summary>False when the path did not exist at the revision (a connector added since).</summary>
    public bool Existed { get; }

    /// <summary>The finding as the user should see it: in the work-tree file of the same name, saying that the position is of the revision.</summary>
    public Diagnostic Relabel(Diagnostic diagnostic)
    {
        var file = diagnostic.Position.File;
        if (!file.StartsWith(Path, StringComparison.Ordinal))
        {
            return diagnostic;
        }

        var workTreeFile = _workTreePath + file[Path.Length..];
        return diagnostic with
        {
            Position = diagnostic.Position.InFile(workTreeFile),
            Message = $"{diagnostic.Message} (line and column as of {Revision})",
        };
    }

    public void Dispose()
    {
        if (Directory.Exists(_temporaryRoot))
        {
            Directory.Delete(_temporaryRoot, recursive: true);
        }
    }
}
