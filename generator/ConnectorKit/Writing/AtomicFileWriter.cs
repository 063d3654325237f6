using ConnectorKit.Emitting;

namespace ConnectorKit.Writing;

/// <summary>
/// Writes a set of generated files so that a failed run leaves the previous files intact: every file is first written
/// to a temporary sibling, and only when all of them are written are they moved over the targets.
/// </summary>
public static class AtomicFileWriter
{
    public static void WriteAll(string outputFolder, IReadOnlyList<GeneratedFile> files)
    {
        var staged = new List<(string Temporary, string Target)>();
        try
        {
            foreach (var file in files)
            {
                var target = Path.GetFullPath(Path.Combine(outputFolder, file.RelativePath));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                var temporary = target + ".tmp-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
                File.WriteAllBytes(temporary, file.Content);
                staged.Add((temporary, target));
            }
        }
        catch
        {
            foreach (var (temporary, _) in staged)
            {
                File.Delete(temporary);
            }

            throw;
        }

        foreach (var (temporary, target) in staged)
        {
            File.Move(temporary, target, overwrite: true);
        }
    }

    /// <summary>Files on disk in an owned folder that match its pattern but are not among the generated ones.</summary>
    public static IReadOnlyList<string> FindStale(string outputFolder, IReadOnlyList<GeneratedFile> files, IReadOnlyList<OwnedFiles> owned)
    {
        var generated = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        return [.. owned
            .Where(o => Directory.Exists(Path.Combine(outputFolder, o.Folder)))
            .SelectMany(o => Directory.GetFiles(Path.Combine(outputFolder, o.Folder), o.Pattern).Select(path => $"{o.Folder}/{Path.GetFileName(path)}"))
            .Where(relative => !generated.Contains(relative))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>The files whose bytes on disk differ from the generated ones (missing files count as different).</summary>
    public static IReadOnlyList<string> FindDifferences(string outputFolder, IReadOnlyList<GeneratedFile> files) =>
        [.. files
            .Where(file =>
            {
                var target = Path.Combine(outputFolder, file.RelativePath);
                return !File.Exists(target) || !File.ReadAllBytes(target).AsSpan().SequenceEqual(file.Content);
            })
            .Select(file => file.RelativePath)];
}
