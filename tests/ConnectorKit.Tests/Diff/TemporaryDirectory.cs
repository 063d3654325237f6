namespace ConnectorKit.Tests.Diff;

/// <summary>A fresh folder under the system temp folder, deleted when the test ends.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("ck-diff-").FullName;

    /// <summary>Writes a text file (LF line ends) and returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text.ReplaceLineEndings("\n"));
        return full;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
