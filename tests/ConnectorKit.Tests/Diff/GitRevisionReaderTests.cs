using ConnectorKit.Diff;

using ConnectorKit.Tests.TestSupport;

namespace ConnectorKit.Tests.Diff;

public class GitRevisionReaderTests
{
    [Fact]
    public void A_connector_folder_at_a_revision_compares_with_the_work_tree_and_removals_point_at_the_work_tree_file()
    {
        using var repository = new TemporaryGitRepository();
        var old = Swaggers.With("""{ "/items": { "get": { "operationId": "GetItems", "responses": { "200": { "description": "OK" } } } } }""");
        repository.Write("connectors/sample/apiDefinition.swagger.json", old);
        repository.Write("connectors/sample/apiProperties.json", "{ \"properties\": {} }");
        repository.CommitAll("First version");
        var swaggerFile = repository.Write("connectors/sample/apiDefinition.swagger.json", Swaggers.With("{}"));
        var folder = Path.Combine(repository.Path, "connectors", "sample");

        var read = GitRevisionReader.Read(folder, "HEAD");
        using var snapshot = read.Snapshot!;
        var before = ConnectorVersionLoader.Load(snapshot.Path);
        var now = ConnectorVersionLoader.Load(folder);
        var finding = snapshot.Relabel(Assert.Single(BreakingChangeDetector.Compare(before.Version!, now.Version!)));

        Assert.Null(read.Error);
        Assert.True(snapshot.Existed);
        Assert.NotNull(before.Version!.Definition.ApiProperties);
        Assert.Equal(DiffCodes.OperationRemoved.Code, finding.Code);
        Assert.Equal(DiffScenario.Locate(swaggerFile, old, "\"get\""), finding.Position);
        Assert.EndsWith("(line and column as of HEAD)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_folder_is_materialised_with_its_subfolders()
    {
        using var repository = new TemporaryGitRepository();
        repository.Write("model/connector.yaml", "connector: { title: T }\n");
        repository.Write("model/operations/GetItems.yaml", "actions: {}\n");
        repository.Write("README.md", "outside the path\n");
        repository.CommitAll("Model");
        repository.Delete("model/operations/GetItems.yaml");

        using var snapshot = GitRevisionReader.Read(Path.Combine(repository.Path, "model"), "HEAD").Snapshot!;

        Assert.Equal(
            ["connector.yaml", "operations/GetItems.yaml"],
            Directory.GetFiles(snapshot.Path, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(snapshot.Path, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal));
        Assert.Equal("actions: {}\n", File.ReadAllText(Path.Combine(snapshot.Path, "operations", "GetItems.yaml")));
    }

    [Fact]
    public void A_single_file_at_an_older_revision_is_read_by_its_path()
    {
        using var repository = new TemporaryGitRepository();
        var file = repository.Write("api.swagger.json", "{ \"version\": 1 }");
        repository.CommitAll("One");
        repository.Write("api.swagger.json", "{ \"version\": 2 }");
        repository.CommitAll("Two");

        using var snapshot = GitRevisionReader.Read(file, "HEAD~1").Snapshot!;

        Assert.Equal("api.swagger.json", Path.GetFileName(snapshot.Path));
        Assert.Equal("{ \"version\": 1 }", File.ReadAllText(snapshot.Path));
    }

    [Fact]
    public void A_path_added_since_the_revision_did_not_exist_there()
    {
        using var repository = new TemporaryGitRepository();
        repository.Write("README.md", "first\n");
        repository.CommitAll("First");
        var folder = Path.GetDirectoryName(repository.Write("new/apiDefinition.swagger.json", "{}"))!;

        using var snapshot = GitRevisionReader.Read(folder, "HEAD").Snapshot!;

        Assert.False(snapshot.Existed);
    }

    [Fact]
    public void An_unknown_revision_or_a_folder_outside_git_is_an_error_message()
    {
        using var repository = new TemporaryGitRepository();
        repository.Write("README.md", "first\n");
        repository.CommitAll("First");
        using var outside = new TemporaryFolder();

        var unknown = GitRevisionReader.Read(repository.Path, "no-such-branch");
        var notGit = GitRevisionReader.Read(outside.Path, "HEAD");

        Assert.Null(unknown.Snapshot);
        Assert.Contains("'no-such-branch' is not a revision", unknown.Error, StringComparison.Ordinal);
        Assert.Null(notGit.Snapshot);
        Assert.Contains("is not inside a git work tree", notGit.Error, StringComparison.Ordinal);
    }
}
