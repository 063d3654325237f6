using System.Text;
using ConnectorKit.Diagnostics;
using ConnectorKit.Emitting;
using ConnectorKit.Paths;

namespace ConnectorKit.Writing;

/// <summary>A generated file and where, inside the output folder (after following links), it goes.</summary>
public sealed record PlannedFile(GeneratedFile File, string TargetPath);

/// <summary>
/// What writing a set of files into an output folder would change, read from the disk with nothing written: the files
/// whose bytes differ (or that are missing), the stale owned files to delete, and findings: a path that would lead out
/// of the folder or names a folder (errors), a file that matches an owned pattern without the generator's header
/// (a warning: it is someone else's and is left alone). <c>generate --check</c> reports it; a write carries it out.
/// </summary>
public sealed class OutputPlan
{
    private OutputPlan(ConfinedFolder folder, IReadOnlyList<PlannedFile> changes, IReadOnlyList<JournalDeletion> stale, IReadOnlyList<Diagnostic> findings)
    {
        Folder = folder;
        Changes = changes;
        Stale = stale;
        Findings = findings;
    }

    public ConfinedFolder Folder { get; }

    public IReadOnlyList<PlannedFile> Changes { get; }

    public IReadOnlyList<JournalDeletion> Stale { get; }

    public IReadOnlyList<Diagnostic> Findings { get; }

    public bool HasErrors => Findings.Any(d => d.Severity == Severity.Error);

    public bool IsUpToDate => Changes.Count == 0 && Stale.Count == 0;

    public static OutputPlan Of(string outputFolder, IReadOnlyList<GeneratedFile> files, IReadOnlyList<OwnedFiles> owned)
    {
        var folder = new ConfinedFolder(outputFolder, "the output folder");
        var findings = new List<Diagnostic>();
        var changes = new List<PlannedFile>();
        foreach (var file in files)
        {
            var target = folder.Resolve(file.RelativePath);
            if ((target.Problem ?? FolderProblem(target.FullPath)) is { } problem)
            {
                findings.Add(Finding(problem.Descriptor, folder, file.RelativePath, $"{file.RelativePath} {problem.Reason}; it is not written."));
            }
            else if (!HasContent(target.FullPath, file.Content))
            {
                changes.Add(new PlannedFile(file, target.FullPath));
            }
        }

        var generated = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var stale = owned.SelectMany(o => StaleFiles(folder, o, generated, findings)).ToList();
        return new OutputPlan(folder, changes, stale, findings);
    }

    /// <summary>Whether the file's first line is the header (after a byte order mark an editor may have added).</summary>
    public static bool CarriesHeader(string path, string header)
    {
        var expected = Encoding.UTF8.GetBytes(header);
        try
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[expected.Length + 5];
            var start = buffer.AsSpan(0, stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false));
            if (start.StartsWith("\uFEFF"u8))
            {
                start = start[3..];
            }

            return start.StartsWith(expected) && start[expected.Length..] is var rest && (rest.IsEmpty || rest[0] is (byte)'\n' or (byte)'\r');
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static IEnumerable<JournalDeletion> StaleFiles(ConfinedFolder folder, OwnedFiles owned, IReadOnlySet<string> generated, List<Diagnostic> findings)
    {
        var ownedFolder = folder.Resolve(owned.Folder);
        if (ownedFolder.Problem is { } folderProblem)
        {
            findings.Add(Finding(folderProblem.Descriptor, folder, owned.Folder, $"The folder {owned.Folder} {folderProblem.Reason}; nothing in it is written or deleted."));
            yield break;
        }

        if (!Directory.Exists(ownedFolder.FullPath))
        {
            yield break;
        }

        foreach (var name in Directory.GetFiles(ownedFolder.FullPath, owned.Pattern).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal))
        {
            var relative = $"{ownedFolder.Relative}/{name}";
            if (generated.Contains(relative))
            {
                continue;
            }

            if (folder.Resolve(relative).Problem is { } problem)
            {
                findings.Add(Finding(problem.Descriptor, folder, relative, $"{relative} {problem.Reason}; it is not deleted."));
            }
            else if (CarriesHeader(Path.Combine(ownedFolder.FullPath, name), owned.Header))
            {
                yield return new JournalDeletion(relative, owned.Header);
            }
            else
            {
                findings.Add(Finding(DiagnosticCodes.OutputFileNotOwned, folder, relative,
                    $"{relative} matches {owned.Pattern} but does not start with the generated header '{owned.Header}'; it is not the generator's and is left in place."));
            }
        }
    }

    private static PathProblem? FolderProblem(string path) =>
        Directory.Exists(path) ? new PathProblem(DiagnosticCodes.PathIsFolder, "is a folder, where a file is to be written") : null;

    private static bool HasContent(string path, byte[] content)
    {
        try
        {
            return File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static Diagnostic Finding(DiagnosticDescriptor descriptor, ConfinedFolder folder, string relative, string message) =>
        Diagnostic.Create(descriptor, new SourcePosition(Path.Combine(folder.FullPath, relative), 0, 0), message);
}
