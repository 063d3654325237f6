namespace ConnectorKit.Writing;

/// <summary>
/// The operations that change files, one call each, that a write is made of. Reading goes straight to the disk; this
/// is the seam where a test injects a crash between any two changes, and where the command line can pause a run.
/// </summary>
public interface IFileOperations
{
    void CreateDirectory(string path);

    /// <summary>Creates (or truncates) the file with exactly these bytes, flushed to the disk before it returns.</summary>
    void WriteFile(string path, byte[] content);

    /// <summary>Renames <paramref name="source"/> over <paramref name="target"/> in one step, replacing it if it exists.</summary>
    void Replace(string source, string target);

    void Delete(string path);

    /// <summary>Deletes a folder that is empty; throws <see cref="IOException"/> when it is not.</summary>
    void DeleteEmptyFolder(string path);
}
