using System.Text;
using ConnectorKit.Definition;
using ConnectorKit.Import;

namespace ConnectorKit.Tests.Import;

/// <summary>A connector folder written to a temporary place for one test: its files, and importing it.</summary>
public sealed class ConnectorFolder : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ck-import-").FullName;

    /// <summary>The folder has a fixed name, so the header of the imported YAML (which names it) is the same on every run.</summary>
    public ConnectorFolder(string name, string swagger, string? apiProperties = null)
    {
        Path = System.IO.Path.Combine(_root, name);
        Directory.CreateDirectory(Path);
        WriteText(DefinitionFiles.ApiDefinition, swagger);
        if (apiProperties is not null)
        {
            WriteText(DefinitionFiles.ApiProperties, apiProperties);
        }
    }

    public string Path { get; }

    public void WriteText(string relativePath, string text) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n")));

    public void WriteBytes(string relativePath, byte[] content) => File.WriteAllBytes(System.IO.Path.Combine(Path, relativePath), content);

    /// <summary>Imports the folder and asserts the model regenerates it exactly; returns connector.yaml.</summary>
    public string ImportExactly()
    {
        var result = ConnectorImporter.Import(Path);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == Diagnostics.DiagnosticCodes.ImportNotExact.Code);
        Assert.Equal(RoundTripStatus.Same, RoundTripChecker.Check(Path).Status);
        return Encoding.UTF8.GetString(result.Files.Single(f => f.RelativePath == "connector.yaml").Content);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
