using ConnectorKit.Loading;
using ConnectorKit.Model;

namespace ConnectorKit.Tests.Expansion;

/// <summary>The YAML models under Expansion/Models (copied to the test output), loaded without errors.</summary>
internal static class ExpansionModels
{
    public static string FolderOf(string name) => Path.Combine(AppContext.BaseDirectory, "Expansion", "Models", name);

    public static ConnectorModel Load(string name)
    {
        var result = ModelLoader.Load(FolderOf(name));
        Assert.False(result.HasErrors, $"Model '{name}' does not load cleanly:\n{string.Join('\n', result.Diagnostics)}");
        return Assert.IsType<ConnectorModel>(result.Model);
    }

    /// <summary>The 1-based line of the first line of the model's connector.yaml that contains <paramref name="text"/>.</summary>
    public static int LineOf(string name, string text)
    {
        var lines = File.ReadAllLines(Path.Combine(FolderOf(name), "connector.yaml"));
        var index = Array.FindIndex(lines, line => line.Contains(text, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{text}' is not in model '{name}'.");
        return index + 1;
    }
}
