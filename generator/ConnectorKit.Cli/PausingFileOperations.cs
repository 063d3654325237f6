using System.Globalization;
using ConnectorKit.Writing;

namespace ConnectorKit.Cli;

/// <summary>
/// With <c>CONNECTORKIT_PAUSE_BEFORE_FILE_OPERATION=N</c>, a writing command stops before its Nth file operation,
/// prints <c>paused before file operation N: ...</c> to standard error and waits for a line on standard input. A test
/// kills the process there, to check with a real kill (not a simulated one) that the next run finds all old or all new
/// files; it needs no clock to know when to kill.
/// </summary>
public sealed class PausingFileOperations(IFileOperations inner, int pauseBefore, TextWriter error, TextReader input) : IFileOperations
{
    public const string Variable = "CONNECTORKIT_PAUSE_BEFORE_FILE_OPERATION";

    private int _count;

    /// <summary>The file operations the environment asks for: the real ones, paused when the variable is a positive number.</summary>
    public static IFileOperations FromEnvironment(TextWriter error, TextReader input) =>
        int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out var pauseBefore) && pauseBefore > 0
            ? new PausingFileOperations(PhysicalFileOperations.Instance, pauseBefore, error, input)
            : PhysicalFileOperations.Instance;

    public void CreateDirectory(string path)
    {
        Count($"create directory {path}");
        inner.CreateDirectory(path);
    }

    public void WriteFile(string path, byte[] content)
    {
        Count($"write {path}");
        inner.WriteFile(path, content);
    }

    public void Replace(string source, string target)
    {
        Count($"replace {target} with {source}");
        inner.Replace(source, target);
    }

    public void Delete(string path)
    {
        Count($"delete {path}");
        inner.Delete(path);
    }

    public void DeleteEmptyFolder(string path)
    {
        Count($"delete folder {path}");
        inner.DeleteEmptyFolder(path);
    }

    private void Count(string operation)
    {
        if (Interlocked.Increment(ref _count) == pauseBefore)
        {
            error.WriteLine($"paused before file operation {pauseBefore}: {operation}");
            error.Flush();
            input.ReadLine();
        }
    }
}
