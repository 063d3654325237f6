using System.Text;

namespace ConnectorKit.Tests.TestSupport;

/// <summary>A fresh folder under the system temp folder for one test, deleted when it ends.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        Path = Directory.CreateTempSubdirectory("connectorkit-test-").FullName;
    }

    public string Path { get; }

    /// <summary>The full path of a file of the folder.</summary>
    public string FileOf(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    /// <summary>Writes a text file with LF line ends (creating its folders) and returns its full path.</summary>
    public string Write(string relativePath, string text) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n")));

    public string WriteBytes(string relativePath, byte[] content)
    {
        var full = FileOf(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return full;
    }

    /// <summary>
    /// Creates a symbolic link in this folder (deleted with it; the link, never its target) to <paramref name="target"/>,
    /// or skips the test where the system does not let the user create links.
    /// </summary>
    public string Link(string relativePath, string target, bool toFolder = false) =>
        ConnectorKit.TestSupport.SymbolicLinks.Create(System.IO.Path.Combine(Path, relativePath), target, toFolder);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
