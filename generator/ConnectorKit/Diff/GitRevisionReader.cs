using ConnectorKit.Paths;

namespace ConnectorKit.Diff;

/// <summary>A snapshot of a path at a revision, or why there is none (not a repository, unknown revision, git missing).</summary>
public sealed record GitSnapshotResult(GitRevisionSnapshot? Snapshot, string? Error);

/// <summary>
/// Reads a file or folder as it was at a git revision: <c>git ls-tree</c> lists its files and <c>git show REV:file</c>
/// gives each one's bytes. Works in shallow clones as long as the revision itself was fetched.
/// </summary>
public static class GitRevisionReader
{
    public static GitSnapshotResult Read(string path, string revision)
    {
        var fullPath = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
        var isFolder = Directory.Exists(fullPath);
        var folder = isFolder ? fullPath : Path.GetDirectoryName(fullPath)!;

        if (Git(folder, "rev-parse", "--show-toplevel") is not { } top)
        {
            return Failure($"'{path}' is not inside a git work tree", folder);
        }

        if (Git(folder, "rev-parse", "--show-prefix") is not { } prefix)
        {
            return Failure($"'{path}' is not inside a git work tree", folder);
        }

        if (Git(top, "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}") is null)
        {
            return new GitSnapshotResult(null, $"'{revision}' is not a revision of the repository at {top}.");
        }

        // Paths below the top level, with forward slashes, as git names them.
        var relativeFolder = prefix.TrimEnd('/');
        var relativePath = isFolder ? relativeFolder : Join(relativeFolder, Path.GetFileName(fullPath));
        string[] listArguments = relativePath.Length == 0
            ? ["ls-tree", "-r", "-z", "--name-only", revision]
            : ["ls-tree", "-r", "-z", "--name-only", revision, "--", relativePath];
        var listing = GitCommand.Run(top, listArguments);
        if (listing is not { Succeeded: true })
        {
            return new GitSnapshotResult(null, listing?.Error ?? "git could not be started.");
        }

        var files = listing.Text.Split('\0', StringSplitOptions.RemoveEmptyEntries);
        var temporaryRoot = Directory.CreateTempSubdirectory("connectorkit-diff-").FullName;
        var snapshotPath = isFolder ? temporaryRoot : Path.Combine(temporaryRoot, Path.GetFileName(fullPath));
        var snapshot = new GitRevisionSnapshot(temporaryRoot, snapshotPath, fullPath, revision, existed: files.Length > 0);
        var snapshotFolder = new ConfinedFolder(temporaryRoot, "the snapshot folder");
        foreach (var file in files)
        {
            var content = GitCommand.Run(top, "show", $"{revision}:{file}");
            if (content is not { Succeeded: true })
            {
                snapshot.Dispose();
                return new GitSnapshotResult(null, content?.Error ?? "git could not be started.");
            }

            var below = isFolder && relativeFolder.Length > 0 ? file[(relativeFolder.Length + 1)..] : isFolder ? file : Path.GetFileName(file);
            if (snapshotFolder.Resolve(below) is { Problem: { } problem })
            {
                snapshot.Dispose();
                return new GitSnapshotResult(null, $"git names the file '{file}' at {revision}, which {problem.Reason}.");
            }

            var target = Path.Combine(temporaryRoot, below);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, content.Output);
        }

        return new GitSnapshotResult(snapshot, null);
    }

    private static string Join(string folder, string name) => folder.Length == 0 ? name : $"{folder}/{name}";

    /// <summary>The trimmed output of a git command that succeeded, else null.</summary>
    private static string? Git(string folder, params string[] arguments) =>
        GitCommand.Run(folder, arguments) is { Succeeded: true } output ? output.Text.Trim() : null;

    private static GitSnapshotResult Failure(string message, string folder) =>
        new(null, GitCommand.Run(folder, "--version") is null ? "git could not be started; is it installed and on PATH?" : message + ".");
}
