namespace ConnectorKit.Writing;

/// <summary>The file operations on the real disk.</summary>
public sealed class PhysicalFileOperations : IFileOperations
{
    public static PhysicalFileOperations Instance { get; } = new();

    private PhysicalFileOperations()
    {
    }

    public void CreateDirectory(string path) => Directory.CreateDirectory(path);

    public void WriteFile(string path, byte[] content)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        stream.Write(content);
        // On the disk before the journal that names it, so a power cut cannot leave the journal without its files.
        stream.Flush(flushToDisk: true);
    }

    public void Replace(string source, string target) => File.Move(source, target, overwrite: true);

    public void Delete(string path) => File.Delete(path);

    public void DeleteEmptyFolder(string path) => Directory.Delete(path, recursive: false);
}
