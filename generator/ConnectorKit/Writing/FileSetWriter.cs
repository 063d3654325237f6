using System.Collections.Concurrent;
using ConnectorKit.Diagnostics;
using ConnectorKit.Emitting;
using ConnectorKit.Paths;

namespace ConnectorKit.Writing;

/// <summary>What a write did: the files it wrote and deleted (relative to the output folder), and its findings.</summary>
public sealed record WriteResult(IReadOnlyList<string> Written, IReadOnlyList<string> Deleted, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// Writes a set of files into an output folder so that a crash at any instant leaves the old files, or the new ones, or
/// a journal from which the next writing run rolls back to the old or completes the new:
/// <list type="number">
/// <item>complete or roll back an interrupted write whose journal is in the folder, and remove staging files that
/// processes which no longer run left beside the targets;</item>
/// <item>write the journal (each file to stage and its target, each stale owned file to delete, each folder to create),
/// not yet committed;</item>
/// <item>stage every file that changes beside its target, flushed to the disk;</item>
/// <item>mark the journal committed, in one rename: from here on the write is done, even if the process dies;</item>
/// <item>rename each staged file over its target, delete the stale files, and delete the journal.</item>
/// </list>
/// Every path is confined to the output folder; files whose bytes are already right are not touched.
/// </summary>
public sealed class FileSetWriter(IFileOperations operations, WriterIdentity writer)
{
    // Two writes into one folder from one process (tests run in parallel) would see each other's files as their own.
    private static readonly ConcurrentDictionary<string, bool> FoldersBeingWritten = new(StringComparer.Ordinal);

    public static FileSetWriter Default { get; } = new(PhysicalFileOperations.Instance, WriterIdentity.Current);

    /// <summary>Writes the files and deletes the stale owned ones, all or nothing; I/O failures are findings.</summary>
    public WriteResult Write(string outputFolder, IReadOnlyList<GeneratedFile> files, IReadOnlyList<OwnedFiles> owned) =>
        Exclusively(outputFolder, (folder, findings) =>
        {
            if (!CompleteInterrupted(folder, findings))
            {
                return Failed(findings);
            }

            RemoveAbandonedStaging(folder, StagingFolders(files, owned), LegacyTargets(files), findings);
            var plan = OutputPlan.Of(outputFolder, files, owned);
            findings.AddRange(plan.Findings);
            if (plan.HasErrors)
            {
                return Failed(findings);
            }

            if (!plan.IsUpToDate)
            {
                StageAndSwitch(folder, plan);
            }

            return new WriteResult([.. plan.Changes.Select(c => c.File.RelativePath)], [.. plan.Stale.Select(s => s.Path)], findings);
        });

    /// <summary>
    /// Only completes or rolls back an interrupted write in the folder (what every write does first), and removes the
    /// abandoned staging files of the output folder and of the folders the journal names.
    /// </summary>
    public WriteResult Recover(string outputFolder) =>
        Exclusively(outputFolder, (folder, findings) =>
        {
            if (!CompleteInterrupted(folder, findings))
            {
                return Failed(findings);
            }

            RemoveAbandonedStaging(folder, [], new HashSet<string>(StringComparer.Ordinal), findings);
            return new WriteResult([], [], findings);
        });

    /// <summary>Whether a journal says a write into the folder was interrupted (so its files may be a mix).</summary>
    public static bool IsInterrupted(string outputFolder) => File.Exists(Path.Combine(outputFolder, WriteJournal.FileName));

    private WriteResult Exclusively(string outputFolder, Func<ConfinedFolder, List<Diagnostic>, WriteResult> write)
    {
        var folder = new ConfinedFolder(outputFolder, "the output folder");
        var findings = new List<Diagnostic>();
        if (!FoldersBeingWritten.TryAdd(folder.RealPath, true))
        {
            findings.Add(At(folder, DiagnosticCodes.OutputFolderBusy, string.Empty, "Another write into this folder is running in this process."));
            return Failed(findings);
        }

        try
        {
            return write(folder, findings);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var after = IsInterrupted(folder.RealPath)
                ? " The next write into this folder completes it or rolls it back, from its journal."
                : " The previous files are unchanged.";
            findings.Add(At(folder, DiagnosticCodes.OutputWriteFailed, string.Empty, exception.Message + after));
            return Failed(findings);
        }
        finally
        {
            FoldersBeingWritten.TryRemove(folder.RealPath, out _);
        }
    }

    /// <summary>Journals the write, stages the changed files, commits the journal and switches the files in.</summary>
    private void StageAndSwitch(ConfinedFolder folder, OutputPlan plan)
    {
        if (!Directory.Exists(folder.RealPath))
        {
            // The folder the user asked for; left empty if the write is rolled back.
            operations.CreateDirectory(folder.RealPath);
        }

        var staging = plan.Changes.Select(c => (Change: c, Path: StagingPathOf(c.TargetPath))).ToList();
        var journal = new WriteJournal(
            writer,
            Committed: false,
            [.. staging.Select(s => new JournalMove(folder.RelativeOf(s.Path), folder.RelativeOf(s.Change.TargetPath)))],
            plan.Stale,
            FoldersToCreate(folder, plan.Changes));
        WriteJournalFile(folder, journal);
        try
        {
            foreach (var created in journal.CreatedFolders)
            {
                operations.CreateDirectory(Path.Combine(folder.RealPath, created));
            }

            foreach (var (change, path) in staging)
            {
                operations.WriteFile(path, change.File.Content);
            }

            journal = journal with { Committed = true };
            WriteJournalFile(folder, journal);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // If rolling back fails too, the journal stays and the next run rolls back.
            TryRollBack(folder, journal);
            throw;
        }

        Switch(folder, journal);
    }

    private void WriteJournalFile(ConfinedFolder folder, WriteJournal journal)
    {
        var staging = Path.Combine(folder.RealPath, StagingName.For(WriteJournal.FileName, writer));
        try
        {
            operations.WriteFile(staging, journal.ToBytes());
            operations.Replace(staging, Path.Combine(folder.RealPath, WriteJournal.FileName));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            DeleteIfPossible(staging);
            throw;
        }
    }

    /// <summary>A committed journal's write, completed: each step is skipped when already done.</summary>
    private void Switch(ConfinedFolder folder, WriteJournal journal)
    {
        foreach (var move in journal.Moves)
        {
            var staged = folder.Resolve(move.Staged).FullPath;
            if (File.Exists(staged))
            {
                operations.Replace(staged, folder.Resolve(move.Target).FullPath);
            }
        }

        foreach (var deletion in journal.Deletions)
        {
            var path = folder.Resolve(deletion.Path).FullPath;
            if (File.Exists(path) && OutputPlan.CarriesHeader(path, deletion.Header))
            {
                operations.Delete(path);
            }
        }

        operations.Delete(Path.Combine(folder.RealPath, WriteJournal.FileName));
    }

    /// <summary>An uncommitted journal's write, undone: its staged files and the folders it created (when empty) go.</summary>
    private void RollBack(ConfinedFolder folder, WriteJournal journal)
    {
        foreach (var staged in journal.Moves.Select(m => folder.Resolve(m.Staged).FullPath).Where(File.Exists))
        {
            operations.Delete(staged);
        }

        foreach (var created in journal.CreatedFolders.Reverse().Select(f => folder.Resolve(f).FullPath).Where(Directory.Exists))
        {
            if (!Directory.EnumerateFileSystemEntries(created).Any())
            {
                operations.DeleteEmptyFolder(created);
            }
        }

        operations.Delete(Path.Combine(folder.RealPath, WriteJournal.FileName));
    }

    private void TryRollBack(ConfinedFolder folder, WriteJournal journal)
    {
        try
        {
            RollBack(folder, journal);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The journal, not yet committed, tells the next run to roll back what is left.
        }
    }

    private string StagingPathOf(string targetPath) =>
        Path.Combine(Path.GetDirectoryName(targetPath)!, StagingName.For(Path.GetFileName(targetPath), writer));

    /// <summary>The folders the staged files need that do not exist yet, relative, each after its parent.</summary>
    private static IReadOnlyList<string> FoldersToCreate(ConfinedFolder folder, IReadOnlyList<PlannedFile> changes)
    {
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            for (var directory = Path.GetDirectoryName(change.TargetPath); directory is not null && directory.Length > folder.RealPath.Length && !Directory.Exists(directory); directory = Path.GetDirectoryName(directory))
            {
                missing.Add(folder.RelativeOf(directory));
            }
        }

        return [.. missing.OrderBy(f => f.Count(c => c == '/')).ThenBy(f => f, StringComparer.Ordinal)];
    }

    /// <summary>Completes the write a journal in the folder describes; false (with the reason) when it may not be.</summary>
    private bool CompleteInterrupted(ConfinedFolder folder, List<Diagnostic> findings)
    {
        var read = folder.ReadFile(WriteJournal.FileName);
        if (read.Problem?.Descriptor == DiagnosticCodes.FileNotFound)
        {
            return true;
        }

        if (read.Problem is { } problem)
        {
            findings.Add(At(folder, problem.Descriptor, WriteJournal.FileName, $"The journal of an interrupted write {problem.Reason}."));
            return false;
        }

        var journal = WriteJournal.Parse(read.Content!, out var invalid);
        if ((invalid ?? JournalProblem(folder, journal!)) is { } reason)
        {
            findings.Add(At(folder, DiagnosticCodes.WriteJournalInvalid, WriteJournal.FileName,
                $"The journal of an interrupted write is not valid ({reason}); nothing was written. Check the files of the folder, then delete the journal."));
            return false;
        }

        if (journal!.Writer != writer && journal.Writer.IsRunning())
        {
            findings.Add(At(folder, DiagnosticCodes.OutputFolderBusy, WriteJournal.FileName,
                $"The connectorkit process {journal.Writer.ProcessId} is writing into this folder; run again when it has finished."));
            return false;
        }

        // The journal's own staged files are dealt with before the abandoned ones are removed.
        if (journal.Committed)
        {
            Switch(folder, journal);
            findings.Add(At(folder, DiagnosticCodes.InterruptedWriteResolved, WriteJournal.FileName,
                $"Completed a write that was interrupted: {journal.Moves.Count} file(s) switched in, {journal.Deletions.Count} stale file(s) deleted."));
        }
        else
        {
            RollBack(folder, journal);
            findings.Add(At(folder, DiagnosticCodes.InterruptedWriteResolved, WriteJournal.FileName,
                "Rolled back a write that was interrupted before it changed any file; the previous files are as they were."));
        }

        RemoveAbandonedStaging(folder, [.. journal.Moves.Select(m => ParentOf(m.Target))], new HashSet<string>(StringComparer.Ordinal), findings);
        return true;
    }

    /// <summary>Why a journal entry may not be carried out: a path that leads out, or a move that is not a staged file's.</summary>
    private static string? JournalProblem(ConfinedFolder folder, WriteJournal journal)
    {
        foreach (var path in journal.Moves.SelectMany(m => new[] { m.Staged, m.Target }).Concat(journal.Deletions.Select(d => d.Path)).Concat(journal.CreatedFolders))
        {
            if (folder.Resolve(path).Problem is { } problem)
            {
                return $"'{path}' {problem.Reason}";
            }
        }

        var foreign = journal.Moves.FirstOrDefault(m =>
            ParentOf(m.Staged) != ParentOf(m.Target)
            || StagingName.Parse(Path.GetFileName(m.Staged)) is not { IsLegacy: false } staging
            || staging.TargetName != Path.GetFileName(m.Target)
            || staging.Writer != journal.Writer);
        return foreign is null ? null : $"'{foreign.Staged}' is not a file staged for '{foreign.Target}'";
    }

    /// <summary>
    /// Removes staging files of processes that no longer run from the given folders (relative; "" is the output folder).
    /// Files of this writer and of running processes are left alone; version 1's names only for the run's own targets.
    /// </summary>
    private void RemoveAbandonedStaging(ConfinedFolder folder, IReadOnlyCollection<string> folders, IReadOnlySet<string> legacyTargets, List<Diagnostic> findings)
    {
        foreach (var relativeFolder in folders.Append(string.Empty).Distinct(StringComparer.Ordinal))
        {
            var directory = relativeFolder.Length == 0 ? new ConfinedPath(string.Empty, folder.RealPath, null) : folder.Resolve(relativeFolder);
            if (directory.Problem is not null || !Directory.Exists(directory.FullPath))
            {
                continue;
            }

            foreach (var path in Directory.GetFiles(directory.FullPath).Order(StringComparer.Ordinal))
            {
                if (StagingName.Parse(Path.GetFileName(path)) is not { } staging
                    || staging.Writer == writer
                    || (staging.IsLegacy && !legacyTargets.Contains(JoinRelative(directory.Relative, staging.TargetName)))
                    || staging.Writer.IsRunning())
                {
                    continue;
                }

                operations.Delete(path);
                findings.Add(At(folder, DiagnosticCodes.AbandonedStagingRemoved, folder.RelativeOf(path),
                    $"Removed a file staged by connectorkit process {staging.Writer.ProcessId}, which no longer runs."));
            }
        }
    }

    private static IReadOnlyCollection<string> StagingFolders(IReadOnlyList<GeneratedFile> files, IReadOnlyList<OwnedFiles> owned) =>
        [.. files.Select(f => ParentOf(f.RelativePath)).Concat(owned.Select(o => o.Folder)).Distinct(StringComparer.Ordinal)];

    /// <summary>The files version 1 may have staged: the ones this run writes.</summary>
    private static HashSet<string> LegacyTargets(IReadOnlyList<GeneratedFile> files) =>
        new(files.Select(f => f.RelativePath), StringComparer.Ordinal);

    private void DeleteIfPossible(string path)
    {
        try
        {
            operations.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The next run removes what is left, by its name.
        }
    }

    private static string ParentOf(string relativePath) => relativePath.LastIndexOf('/') is var slash and >= 0 ? relativePath[..slash] : string.Empty;

    private static string JoinRelative(string folder, string name) => folder.Length == 0 ? name : $"{folder}/{name}";

    private static WriteResult Failed(List<Diagnostic> findings) => new([], [], findings);

    private static Diagnostic At(ConfinedFolder folder, DiagnosticDescriptor descriptor, string relative, string message) =>
        Diagnostic.Create(descriptor, new SourcePosition(relative.Length == 0 ? folder.FullPath : Path.Combine(folder.FullPath, relative), 0, 0), message);
}
