using ConnectorKit.Diagnostics;

namespace ConnectorKit.Paths;

/// <summary>
/// A folder that the paths named relative to it may not leave: the model folder for the files a model names, a
/// connector folder for the files beside its swagger, an output folder for everything a command writes. A path is
/// refused when it is empty, absolute, climbs out with <c>..</c>, names the folder itself, or leads out through a
/// symbolic link (of the file or of any folder on the way, followed to the end). The one place that decides whether a
/// path is inside: every reader and writer asks it, so a hostile model or connector cannot make a command read, write
/// or delete anything elsewhere.
/// </summary>
public sealed class ConfinedFolder
{
    // Linux gives up after 40 links too (ELOOP); a loop of links is refused, not followed forever.
    private const int MaxLinks = 40;

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <param name="folder">The folder, as the user named it (made absolute).</param>
    /// <param name="description">How messages name it: "the model folder", "the output folder".</param>
    public ConfinedFolder(string folder, string description)
    {
        FullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        Description = description;
        RealPath = Follow(FullPath) ?? FullPath;
    }

    /// <summary>The folder as named, made absolute.</summary>
    public string FullPath { get; }

    /// <summary>Where the folder really is, after following its own links; resolved paths are below it.</summary>
    public string RealPath { get; }

    public string Description { get; }

    /// <summary>
    /// The written form of a path relative to a folder, checked without touching the disk: forward slashes, no <c>.</c>
    /// segments, <c>..</c> folded in. A problem when the text is empty, absolute (on any operating system: a model
    /// must mean the same everywhere), climbs out, names the folder itself or holds a control character.
    /// </summary>
    public static string? Normalize(string text, string folderDescription, out PathProblem? problem)
    {
        problem = null;
        var slashed = text.Replace('\\', '/');
        if (string.IsNullOrWhiteSpace(slashed))
        {
            problem = new PathProblem(DiagnosticCodes.PathEmptyOrFolderItself, "is empty");
            return null;
        }

        if (slashed.Any(char.IsControl))
        {
            problem = new PathProblem(DiagnosticCodes.InvalidValue, "holds a control character");
            return null;
        }

        if (slashed.StartsWith('/') || (slashed.Length >= 2 && char.IsAsciiLetter(slashed[0]) && slashed[1] == ':') || Path.IsPathRooted(text))
        {
            problem = new PathProblem(DiagnosticCodes.PathAbsolute, $"is absolute; name it relative to {folderDescription}");
            return null;
        }

        var segments = new List<string>();
        foreach (var segment in slashed.Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment != "..")
            {
                segments.Add(segment);
            }
            else if (segments.Count > 0)
            {
                segments.RemoveAt(segments.Count - 1);
            }
            else
            {
                problem = new PathProblem(DiagnosticCodes.PathClimbsOut, $"climbs out of {folderDescription} with '..'");
                return null;
            }
        }

        if (segments.Count == 0)
        {
            problem = new PathProblem(DiagnosticCodes.PathEmptyOrFolderItself, $"names {folderDescription} itself; name a file or folder inside it");
            return null;
        }

        return string.Join('/', segments);
    }

    /// <summary>
    /// A path written relative to this folder, checked as <see cref="Normalize"/> does and then followed through every
    /// symbolic link; the full path it resolves to when that is inside (it need not exist yet).
    /// </summary>
    public ConfinedPath Resolve(string relativePath)
    {
        if (Normalize(relativePath, Description, out var problem) is not { } normalized)
        {
            return new ConfinedPath(relativePath, Path.Combine(FullPath, relativePath.Replace('\\', '/')), problem);
        }

        var written = Path.Combine(FullPath, normalized);
        var real = Follow(written);
        return new ConfinedPath(normalized, real ?? written, ProblemOfResolved(real));
    }

    /// <summary>Whether a full path found inside this folder (say, by listing it) stays inside once its links are followed.</summary>
    public PathProblem? ProblemOf(string fullPath) => ProblemOfResolved(Follow(fullPath));

    private PathProblem? ProblemOfResolved(string? real)
    {
        if (real is null)
        {
            return new PathProblem(DiagnosticCodes.PathLinksOutside, $"is a loop of symbolic links (more than {MaxLinks})");
        }

        return IsInside(real)
            ? null
            : new PathProblem(DiagnosticCodes.PathLinksOutside, $"leads out of {Description} through a symbolic link (it resolves to {real})");
    }

    /// <summary>
    /// The bytes of a file named relative to this folder, or the problem: outside the folder, missing, a folder, or
    /// unreadable. Never throws for what is on disk.
    /// </summary>
    public ConfinedRead ReadFile(string relativePath)
    {
        var path = Resolve(relativePath);
        if (path.Problem is { } problem)
        {
            return new ConfinedRead(path, null, problem);
        }

        if (Directory.Exists(path.FullPath))
        {
            return new ConfinedRead(path, null, new PathProblem(DiagnosticCodes.PathIsFolder, "is a folder, not a file"));
        }

        try
        {
            return new ConfinedRead(path, File.ReadAllBytes(path.FullPath), null);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return new ConfinedRead(path, null, new PathProblem(DiagnosticCodes.FileNotFound, $"does not exist in {Description}"));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new ConfinedRead(path, null, new PathProblem(DiagnosticCodes.FileUnreadable, $"cannot be read: {exception.Message}"));
        }
    }

    /// <summary>A resolved path inside the folder, relative to it with forward slashes.</summary>
    public string RelativeOf(string resolvedPath) => Path.GetRelativePath(RealPath, resolvedPath).Replace('\\', '/');

    private bool IsInside(string realPath) =>
        realPath.Equals(RealPath, PathComparison)
        || (realPath.StartsWith(RealPath, PathComparison)
            && (Path.EndsInDirectorySeparator(RealPath) || realPath[RealPath.Length] == Path.DirectorySeparatorChar));

    /// <summary>
    /// Where an absolute path really leads: each segment in turn, replacing a symbolic link by its target (which may
    /// itself hold links and <c>..</c>, taken after the link as the operating system does). Null for a loop of links.
    /// Segments that do not exist yet are kept as written.
    /// </summary>
    private static string? Follow(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath) ?? string.Empty;
        var pending = new Stack<string>(Segments(fullPath[root.Length..]).Reverse());
        var current = root;
        var links = 0;
        while (pending.TryPop(out var segment))
        {
            if (segment == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, segment);
            if (LinkTarget(next) is not { } target)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            foreach (var part in Segments(target).Reverse())
            {
                pending.Push(part);
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target) ?? current;
            }
        }

        return current;
    }

    private static IEnumerable<string> Segments(string path) =>
        path.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries).Where(segment => segment != ".");

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // What cannot be inspected is not followed; reading or writing it fails later with its own message.
            return null;
        }
    }
}

/// <summary>Why a path is refused: the code to report and the end of a sentence that starts with the path.</summary>
public sealed record PathProblem(DiagnosticDescriptor Descriptor, string Reason);

/// <summary>A path named relative to a <see cref="ConfinedFolder"/>: its normalised form, where it leads, and why it is refused.</summary>
public sealed record ConfinedPath(string Relative, string FullPath, PathProblem? Problem);

/// <summary>A file read through a <see cref="ConfinedFolder"/>: its bytes, or the problem.</summary>
public sealed record ConfinedRead(ConfinedPath Path, byte[]? Content, PathProblem? Problem);
