using ConnectorKit.Cli.Tests.TestSupport;

namespace ConnectorKit.Cli.Tests.Commands;

public sealed class DocsCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void Without_a_path_it_prints_the_repository_connectors_readme_which_is_the_committed_one()
    {
        var run = CliRun.In(Path.Combine(RepositoryFolder.Root, "docs"), "docs");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryFolder.Root, "docs", "customer-insights-connector.md")), run.Output);
    }

    [Fact]
    public void Out_writes_the_readme_and_an_environment_changes_what_it_says()
    {
        var run = CliRun.In(_folder.Path, "docs", Path.Combine(RepositoryFolder.Root, "connector"), "--environment", "test", "--out", "readme.md");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("# Dynamics 365 Customer Insights (Test)\n", File.ReadAllText(Path.Combine(_folder.Path, "readme.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_without_author_sections_gets_a_readme_and_a_positioned_warning_for_each()
    {
        _folder.Write("model/connector.yaml", SampleModels.Minimal);

        var run = CliRun.In(_folder.Path, "docs", "model");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("# Sample Service\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("model/connector.yaml(1,1): warning CK6005: The readme has no 'Prerequisites' section", run.Error, StringComparison.Ordinal);
        Assert.Contains("warning CK6005: The readme has no 'Known issues and limitations' section", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
