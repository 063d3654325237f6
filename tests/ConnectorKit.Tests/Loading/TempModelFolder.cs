using ConnectorKit.Loading;
using ConnectorKit.Tests.TestSupport;

namespace ConnectorKit.Tests.Loading;

/// <summary>A model folder of YAML files written for one test, with the loader's view of it.</summary>
internal sealed class TempModelFolder : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public TempModelFolder(params (string RelativePath, string Yaml)[] files)
    {
        foreach (var (relativePath, yaml) in files)
        {
            Write(relativePath, yaml);
        }
    }

    public string Path => _folder.Path;

    /// <summary>How the loader names a file of this folder in diagnostics.</summary>
    public string FileName(string relativePath) => _folder.FileOf(relativePath).Replace('\\', '/');

    public void Write(string relativePath, string yaml) => _folder.Write(relativePath, yaml);

    public void WriteBytes(string relativePath, byte[] bytes) => _folder.WriteBytes(relativePath, bytes);

    public void Link(string relativePath, string target, bool toFolder = false) => _folder.Link(relativePath, target, toFolder);

    public ModelLoadResult Load() => ModelLoader.Load(Path);

    /// <summary>Loads a folder with one connector.yaml.</summary>
    public static ModelLoadResult LoadSingle(string yaml)
    {
        using var folder = new TempModelFolder(("connector.yaml", yaml));
        return folder.Load();
    }

    public void Dispose() => _folder.Dispose();
}
