using ConnectorKit.Writing;

namespace ConnectorKit.Tests.Writing;

/// <summary>Thrown where a simulated process dies; the writer must not catch it (a killed process cleans up nothing).</summary>
internal sealed class SimulatedCrashException : Exception
{
    public SimulatedCrashException(string operation)
        : base("The process died before: " + operation)
    {
    }
}

/// <summary>
/// The real file operations, until the process "dies" before its Nth operation: that one and every later one throw, as
/// nothing happens after a kill. Counts operations, so a run without a crash tells how many a write takes. With
/// <c>ioFailure</c>, the Nth operation fails with an <see cref="IOException"/> instead (a full disk, a locked file)
/// and the process goes on.
/// </summary>
internal sealed class CrashingFileOperations(int crashBefore = int.MaxValue, bool ioFailure = false) : IFileOperations
{
    public int Count { get; private set; }

    public List<string> Log { get; } = [];

    public void CreateDirectory(string path) => Do($"create directory {path}", () => PhysicalFileOperations.Instance.CreateDirectory(path));

    public void WriteFile(string path, byte[] content) => Do($"write {path}", () => PhysicalFileOperations.Instance.WriteFile(path, content));

    public void Replace(string source, string target) => Do($"replace {target}", () => PhysicalFileOperations.Instance.Replace(source, target));

    public void Delete(string path) => Do($"delete {path}", () => PhysicalFileOperations.Instance.Delete(path));

    public void DeleteEmptyFolder(string path) => Do($"delete folder {path}", () => PhysicalFileOperations.Instance.DeleteEmptyFolder(path));

    private void Do(string operation, Action action)
    {
        Count++;
        if (ioFailure && Count == crashBefore)
        {
            throw new IOException("The disk refused: " + operation);
        }

        if (!ioFailure && Count >= crashBefore)
        {
            throw new SimulatedCrashException(operation);
        }

        Log.Add(operation);
        action();
    }
}
