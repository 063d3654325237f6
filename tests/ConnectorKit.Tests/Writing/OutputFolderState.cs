using ConnectorKit.Writing;

namespace ConnectorKit.Tests.Writing;

/// <summary>The files of a folder (relative path to bytes), to compare what a write left with the old and new sets.</summary>
internal static class OutputFolderState
{
    /// <summary>Every file below the folder; without the writer's own files (staging files, journal) unless asked.</summary>
    public static SortedDictionary<string, string> Read(string folder, bool withWriterFiles = false)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(path);
            if (withWriterFiles || (StagingName.Parse(name) is null && name != WriteJournal.FileName))
            {
                files[Path.GetRelativePath(folder, path).Replace('\\', '/')] = Convert.ToHexString(File.ReadAllBytes(path));
            }
        }

        return files;
    }

    /// <summary>Every folder below the folder, relative, in ordinal order.</summary>
    public static IReadOnlyList<string> Folders(string folder) =>
        [.. Directory.GetDirectories(folder, "*", SearchOption.AllDirectories).Select(d => Path.GetRelativePath(folder, d).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    public static void Write(string folder, IReadOnlyDictionary<string, string> texts)
    {
        foreach (var (relative, text) in texts)
        {
            var path = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
    }

    public static SortedDictionary<string, string> Of(IReadOnlyDictionary<string, string> texts) =>
        new(texts.ToDictionary(t => t.Key, t => Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(t.Value))), StringComparer.Ordinal);
}
