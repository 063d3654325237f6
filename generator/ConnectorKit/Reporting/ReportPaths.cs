namespace ConnectorKit.Reporting;

/// <summary>File paths as reports show them: relative to the report's base folder with '/' separators when below it.</summary>
public static class ReportPaths
{
    /// <summary>The path relative to <paramref name="baseDirectory"/>, or the path unchanged when it is outside it or not rooted.</summary>
    public static string Relative(string path, string baseDirectory)
    {
        if (path.Length == 0 || !Path.IsPathRooted(path))
        {
            return path.Replace('\\', '/');
        }

        var relative = Path.GetRelativePath(baseDirectory, path);
        return IsOutside(relative) ? path.Replace('\\', '/') : relative.Replace('\\', '/');
    }

    public static bool IsBelow(string path, string baseDirectory) =>
        !Path.IsPathRooted(path) || !IsOutside(Path.GetRelativePath(baseDirectory, path));

    /// <summary>A relative path as a URI reference: each segment escaped (a space becomes %20), '/' kept.</summary>
    public static string ToRelativeUri(string relativePath) =>
        string.Join('/', relativePath.Split('/').Select(Uri.EscapeDataString));

    /// <summary>The folder as an absolute <c>file:</c> URI ending in '/', as SARIF wants a base URI.</summary>
    public static string ToFolderUri(string folder)
    {
        var full = Path.GetFullPath(folder);
        return new Uri(full.EndsWith(Path.DirectorySeparatorChar) ? full : full + Path.DirectorySeparatorChar).AbsoluteUri;
    }

    public static string ToFileUri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    private static bool IsOutside(string relative) =>
        relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || relative.StartsWith("..\\", StringComparison.Ordinal) || Path.IsPathRooted(relative);
}
