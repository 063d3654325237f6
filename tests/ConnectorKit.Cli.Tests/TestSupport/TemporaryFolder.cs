namespace ConnectorKit.Cli.Tests.TestSupport;

/// <summary>A folder under the system temp folder, deleted when the test ends.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        Path = Directory.CreateTempSubdirectory("connectorkit-cli-").FullName;
    }

    public string Path { get; }

    public string Write(string relativePath, string text)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text.ReplaceLineEndings("\n"));
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
