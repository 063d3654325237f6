using ConnectorKit.Cli.Tests.TestSupport;

namespace ConnectorKit.Cli.Tests.Commands;

public class ClientCommandTests
{
    [Fact]
    public void Generates_a_client_for_a_model_folder_with_a_project_file_when_asked()
    {
        using var folder = new TemporaryFolder();
        folder.Write("model/connector.yaml", SampleModels.Minimal);

        var run = CliRun.In(folder.Path, "client", "model", "--out", "client", "--namespace", "Sample.Client", "--name", "SampleClient", "--project");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var client = File.ReadAllText(Path.Combine(folder.Path, "client", "SampleClient.g.cs"));
        Assert.Contains("namespace Sample.Client", client);
        Assert.Contains("GetThingAsync(", client);
        Assert.Single(Directory.GetFiles(Path.Combine(folder.Path, "client"), "*.csproj"));
    }

    [Fact]
    public void Generates_a_client_for_a_connector_folder_written_by_generate()
    {
        using var folder = new TemporaryFolder();
        folder.Write("model/connector.yaml", SampleModels.Minimal);
        Assert.Equal(ExitCodes.Success, CliRun.In(folder.Path, "generate", "model", "--out", "connector").ExitCode);

        var run = CliRun.In(folder.Path, "client", "connector", "--out", "client", "--namespace", "Sample.Client");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Empty(Directory.GetFiles(Path.Combine(folder.Path, "client"), "*.csproj"));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder.Path, "client"), "*.g.cs"));
    }

    [Theory]
    [InlineData("Sample.class")]
    [InlineData("1Sample")]
    public void An_invalid_namespace_is_a_usage_error(string ns)
    {
        using var folder = new TemporaryFolder();
        folder.Write("model/connector.yaml", SampleModels.Minimal);

        var run = CliRun.In(folder.Path, "client", "model", "--out", "client", "--namespace", ns);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "client")));
    }

    [Fact]
    public void An_unreadable_connector_exits_1_with_positioned_findings_and_writes_nothing()
    {
        using var folder = new TemporaryFolder();
        folder.Write("broken/apiDefinition.swagger.json", "{\n  \"swagger\": \"2.0\",\n  \"info\":\n}");

        var run = CliRun.In(folder.Path, "client", "broken", "--out", "client", "--namespace", "Sample.Client");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("broken/apiDefinition.swagger.json(4,1): error CK1008", run.Error);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "client")));
    }

    [Fact]
    public void A_client_file_linked_out_of_the_output_folder_is_refused_and_its_target_untouched()
    {
        using var folder = new TemporaryFolder();
        folder.Write("model/connector.yaml", SampleModels.Minimal);
        var target = folder.Write("elsewhere/Precious.cs", "// hand-written\n");
        folder.Link("client/SampleClient.g.cs", target);

        var run = CliRun.In(folder.Path, "client", "model", "--out", "client", "--namespace", "Sample.Client", "--name", "SampleClient");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("client/SampleClient.g.cs: error CK1032: SampleClient.g.cs leads out of the output folder through a symbolic link", run.Error);
        Assert.Equal("// hand-written\n", File.ReadAllText(target));
        Assert.Single(Directory.GetFileSystemEntries(Path.Combine(folder.Path, "client")));
    }

    [Fact]
    public void A_connector_whose_script_is_linked_from_elsewhere_is_refused()
    {
        using var folder = new TemporaryFolder();
        folder.Write("model/connector.yaml", SampleModels.Minimal);
        Assert.Equal(ExitCodes.Success, CliRun.In(folder.Path, "generate", "model", "--out", "connector").ExitCode);
        folder.Link("connector/script.csx", folder.Write("secret.txt", "a secret of the machine"));

        var run = CliRun.In(folder.Path, "client", "connector", "--out", "client", "--namespace", "Sample.Client");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("connector/script.csx: error CK1032: script.csx leads out of the connector folder through a symbolic link", run.Error);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "client")));
    }
}
