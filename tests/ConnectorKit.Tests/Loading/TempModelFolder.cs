using ConnectorKit.Loading;

namespace ConnectorKit.Tests.Loading;

/// <summary>A model folder in a fresh temporary directory, written from inline YAML and deleted afterwards.</summary>
internal sealed class TempModelFolder : IDisposable
{
    public TempModelFolder(params (string RelativePath, string Yaml)[] files)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ck-loader-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        foreach (var (relativePath, yaml) in files)
        {
            Write(relativePath, yaml);
        }
    }

    public string Path { get; }

    /// <summary>How the loader names a file of this folder in diagnostics.</summary>
    public string FileName(string relativePath) => System.IO.Path.Combine(Path, relativePath).Replace('\\', '/');

    public void Write(string relativePath, string yaml) => WriteBytes(relativePath, System.Text.Encoding.UTF8.GetBytes(yaml.ReplaceLineEndings("\n")));

    public void WriteBytes(string relativePath, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    public ModelLoadResult Load() => ModelLoader.Load(Path);

    /// <summary>Loads a folder with one connector.yaml.</summary>
    public static ModelLoadResult LoadSingle(string yaml)
    {
        using var folder = new TempModelFolder(("connector.yaml", yaml));
        return folder.Load();
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
