using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Tests.Expansion;

/// <summary>Builds small models in C#, for cases a YAML file cannot set up (files that go missing, synthetic positions).</summary>
internal static class ModelBuilder
{
    public const string ModelFile = "connector.yaml";

    public static SourcePosition At(int line, int column = 1) => new(ModelFile, line, column);

    public static ConnectorModel Connector(string folder) => new()
    {
        Folder = folder,
        Info = new ConnectorInfoModel
        {
            Title = "Built",
            Description = "A model built in code.",
            Version = "1.0",
            Host = "api.example.com",
            Position = At(1),
        },
    };

    public static ScriptModel Script(string file, int line, params string[] operations) =>
        new(new ModelPath(file, At(line)), [.. operations.Select(o => new ModelReference(o, At(line + 1)))], At(line));
}
