using ConnectorKit.Cli.Tests.TestSupport;

namespace ConnectorKit.Cli.Tests.Commands;

public class ImportCommandTests
{
    [Fact]
    public void Import_writes_a_model_that_generates_the_same_connector()
    {
        using var folder = GeneratedConnector();

        var run = CliRun.In(folder.Path, "import", "connector", "--out", "model");
        var generate = CliRun.In(folder.Path, "generate", "model", "--out", "again");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("wrote model/connector.yaml", run.Output);
        Assert.Equal(ExitCodes.Success, generate.ExitCode);
        foreach (var file in new[] { "apiDefinition.swagger.json", "apiProperties.json" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(folder.Path, "connector", file)), File.ReadAllBytes(Path.Combine(folder.Path, "again", file)));
        }
    }

    [Fact]
    public void Import_refuses_a_folder_that_is_not_empty_unless_forced()
    {
        using var folder = GeneratedConnector();
        folder.Write("model/notes.txt", "mine");

        var refused = CliRun.In(folder.Path, "import", "connector", "--out", "model");
        var forced = CliRun.In(folder.Path, "import", "connector", "--out", "model", "--force");

        Assert.Equal(ExitCodes.Failed, refused.ExitCode);
        Assert.Contains("error CK5003", refused.Error);
        Assert.Equal(ExitCodes.Success, forced.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder.Path, "model", "connector.yaml")));
        Assert.True(File.Exists(Path.Combine(folder.Path, "model", "notes.txt")));
    }

    [Fact]
    public void An_unreadable_connector_exits_1_with_a_positioned_error_and_writes_nothing()
    {
        using var folder = new TemporaryFolder();
        folder.Write("broken/apiDefinition.swagger.json", "{\n  \"swagger\": \"2.0\",\n  \"info\":\n}\n");

        var run = CliRun.In(folder.Path, "import", "broken", "--out", "model");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("broken/apiDefinition.swagger.json(4,1): error CK1008", run.Error);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "model")));
    }

    [Fact]
    public void Import_without_out_is_a_usage_error()
    {
        using var folder = GeneratedConnector();

        Assert.Equal(ExitCodes.Usage, CliRun.In(folder.Path, "import", "connector").ExitCode);
    }

    [Fact]
    public void Roundtrip_prints_same_or_unreadable_per_connector_and_a_summary()
    {
        using var folder = GeneratedConnector();
        folder.Write("broken/apiDefinition.swagger.json", "{ \"swagger\": ");

        var run = CliRun.In(folder.Path, "roundtrip", "connector", "broken");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("connector: same\n", run.Output);
        Assert.Contains("broken: unreadable\n", run.Output);
        Assert.EndsWith("1 same, 0 different, 1 unreadable\n", run.Output);
        Assert.Contains("error CK1008", run.Error);
    }

    /// <summary>A folder holding connector/ with the files the sample model generates.</summary>
    private static TemporaryFolder GeneratedConnector()
    {
        var folder = new TemporaryFolder();
        folder.Write("source/connector.yaml", SampleModels.Minimal);
        Assert.Equal(ExitCodes.Success, CliRun.In(folder.Path, "generate", "source", "--out", "connector").ExitCode);
        return folder;
    }
}
