using ConnectorKit.Expansion;
using ConnectorKit.Loading;

namespace ConnectorKit.Tests.Loading;

/// <summary>A model of one connector.yaml given as text, loaded in memory (no folder on disk), and places in it.</summary>
internal static class InMemoryModel
{
    /// <summary>The folder the loader names in diagnostics; nothing is read from it.</summary>
    public const string Folder = "/models/contoso";

    public static ModelLoadResult Load(string yaml) =>
        ModelLoader.Load(Folder, [new ModelSourceFile("connector.yaml", yaml)]);

    /// <summary>The expansion of a model that must load without errors.</summary>
    public static ExpansionResult Expand(string yaml)
    {
        var load = Load(yaml);
        Assert.False(load.HasErrors, string.Join("\n", load.Diagnostics));
        return ModelExpander.Expand(load.Model!);
    }

    /// <summary>The 1-based line of the first <paramref name="text"/> in <paramref name="yaml"/>.</summary>
    public static int LineOf(string yaml, string text) => yaml[..IndexOf(yaml, text)].Count(c => c == '\n') + 1;

    /// <summary>The 1-based column of the first <paramref name="text"/> in <paramref name="yaml"/>.</summary>
    public static int ColumnOf(string yaml, string text)
    {
        var index = IndexOf(yaml, text);
        return index - yaml.LastIndexOf('\n', Math.Max(index - 1, 0));
    }

    private static int IndexOf(string yaml, string text)
    {
        var index = yaml.IndexOf(text, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{text}' is not in the model.");
        return index;
    }
}
