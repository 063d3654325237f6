using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Tests.TestSupport;
using ConnectorKit.Validation;

namespace ConnectorKit.Tests.Validation;

/// <summary>A connector folder written under the temp folder for one test, deleted at its end.</summary>
public sealed class ConnectorFolder : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public ConnectorFolder(string swagger = SampleConnector.Swagger, string? apiProperties = SampleConnector.ApiProperties, string? script = SampleConnector.Script)
    {
        Write(DefinitionFiles.ApiDefinition, swagger);
        if (apiProperties is not null)
        {
            Write(DefinitionFiles.ApiProperties, apiProperties);
        }

        if (script is not null)
        {
            Write(DefinitionFiles.Script, script);
        }
    }

    public string Path => _folder.Path;

    public string FileOf(string name) => _folder.FileOf(name);

    public string Write(string name, string text) => _folder.Write(name, text);

    public string WriteBytes(string name, byte[] content) => _folder.WriteBytes(name, content);

    public string Link(string name, string target) => _folder.Link(name, target);

    public IReadOnlyList<Diagnostic> Validate(bool certification = true) =>
        ConnectorValidation.Run(Path, new ValidationOptions { Certification = certification });

    /// <summary>The 1-based line and column where <paramref name="anchor"/> first occurs in the file.</summary>
    public SourcePosition PositionOf(string name, string anchor)
    {
        var text = File.ReadAllText(FileOf(name));
        var offset = text.IndexOf(anchor, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"'{anchor}' is not in {name}.");
        var line = text[..offset].Count(c => c == '\n') + 1;
        var column = offset - (offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1) + 1;
        return new SourcePosition(FileOf(name), line, column);
    }

    public void Dispose() => _folder.Dispose();
}
