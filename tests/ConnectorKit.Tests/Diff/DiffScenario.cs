using ConnectorKit.Diagnostics;
using ConnectorKit.Diff;

using ConnectorKit.Tests.TestSupport;

namespace ConnectorKit.Tests.Diff;

/// <summary>
/// Two connector folders (old/ and new/) in a temporary directory, written from inline JSON, compared through the
/// same loader the command uses; expected positions are found by searching the JSON text, not through the reader.
/// </summary>
internal sealed class DiffScenario : IDisposable
{
    private const string SwaggerName = "apiDefinition.swagger.json";
    private const string PropertiesName = "apiProperties.json";
    private readonly TemporaryFolder _root = new();

    public DiffScenario(string oldSwagger, string newSwagger, string? oldProperties = null, string? newProperties = null)
    {
        OldFolder = Write("old", oldSwagger, oldProperties);
        NewFolder = Write("new", newSwagger, newProperties);
        OldSwagger = oldSwagger;
        NewSwagger = newSwagger;
        OldProperties = oldProperties ?? string.Empty;
        NewProperties = newProperties ?? string.Empty;
    }

    public string OldFolder { get; }

    public string NewFolder { get; }

    public string OldSwagger { get; }

    public string NewSwagger { get; }

    public string OldProperties { get; }

    public string NewProperties { get; }

    public string OldSwaggerFile => Path.Combine(OldFolder, SwaggerName);

    public string NewSwaggerFile => Path.Combine(NewFolder, SwaggerName);

    public string OldPropertiesFile => Path.Combine(OldFolder, PropertiesName);

    public string NewPropertiesFile => Path.Combine(NewFolder, PropertiesName);

    public IReadOnlyList<Diagnostic> Compare()
    {
        var old = ConnectorVersionLoader.Load(OldFolder);
        var current = ConnectorVersionLoader.Load(NewFolder);
        Assert.Empty(old.Diagnostics);
        Assert.Empty(current.Diagnostics);
        return BreakingChangeDetector.Compare(old.Version!, current.Version!);
    }

    /// <summary>Compares and returns the one finding of the code, failing when there is not exactly one.</summary>
    public Diagnostic Single(DiagnosticDescriptor code) => Assert.Single(Compare(), d => d.Code == code.Code);

    /// <summary>The 1-based position of the <paramref name="occurrence"/>-th (1-based) occurrence of the text in a file.</summary>
    public static SourcePosition Locate(string file, string text, string snippet, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(snippet, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{snippet}' occurs fewer than {occurrence} time(s).");
        }

        var before = text[..index];
        var line = before.Count(c => c == '\n') + 1;
        var column = index - (before.LastIndexOf('\n') + 1) + 1;
        return new SourcePosition(file, line, column);
    }

    public void Dispose() => _root.Dispose();

    /// <summary>Writes one version's files and returns its folder.</summary>
    private string Write(string name, string swagger, string? properties)
    {
        _root.Write($"{name}/{SwaggerName}", swagger);
        if (properties is not null)
        {
            _root.Write($"{name}/{PropertiesName}", properties);
        }

        return Path.Combine(_root.Path, name);
    }
}
