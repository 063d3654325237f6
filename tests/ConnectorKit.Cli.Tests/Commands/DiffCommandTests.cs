using System.Text.Json;
using ConnectorKit.Cli.Tests.TestSupport;
using ConnectorKit.Diff;

namespace ConnectorKit.Cli.Tests.Commands;

public class DiffCommandTests
{
    private const string TwoOperations = """
        {
          "swagger": "2.0",
          "info": { "title": "Sample", "description": "A sample connector for the diff command tests.", "version": "1.0" },
          "host": "api.example.com",
          "paths": {
            "/items": {
              "get": { "operationId": "GetItems", "responses": { "200": { "description": "OK" } } }
            },
            "/items/{id}": {
              "delete": { "operationId": "DeleteItem", "parameters": [{ "name": "id", "in": "path", "required": true, "type": "string" }], "responses": { "204": { "description": "Gone" } } }
            }
          }
        }
        """;

    private static readonly string OneOperation = TwoOperations.Replace(
        """
        ,
            "/items/{id}": {
              "delete": { "operationId": "DeleteItem", "parameters": [{ "name": "id", "in": "path", "required": true, "type": "string" }], "responses": { "204": { "description": "Gone" } } }
            }
        """,
        string.Empty,
        StringComparison.Ordinal);

    [Fact]
    public void Identical_versions_exit_0_with_an_empty_report()
    {
        using var folder = new TemporaryFolder();
        folder.Write("old/apiDefinition.swagger.json", TwoOperations);
        folder.Write("new/apiDefinition.swagger.json", TwoOperations);

        var run = CliRun.In(folder.Path, "diff", "old", "new");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains("diff: 0 breaking change(s), 0 other change(s).", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_breaking_change_exits_1_with_an_msbuild_line_at_the_old_file()
    {
        using var folder = new TemporaryFolder();
        folder.Write("old/apiDefinition.swagger.json", TwoOperations);
        folder.Write("new/apiDefinition.swagger.json", OneOperation);

        var run = CliRun.In(folder.Path, "diff", "old", "new");

        Assert.NotEqual(TwoOperations, OneOperation);
        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.StartsWith("old/apiDefinition.swagger.json(10,7): error OperationRemoved: The operation 'DeleteItem'", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_safe_changes_exit_0_and_are_listed_as_info()
    {
        using var folder = new TemporaryFolder();
        folder.Write("old.swagger.json", OneOperation);
        folder.Write("new.swagger.json", TwoOperations);

        var run = CliRun.In(folder.Path, "diff", "old.swagger.json", "new.swagger.json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("new.swagger.json(10,7): info OperationAdded:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_and_sarif_reports_carry_the_code_severity_and_position()
    {
        using var folder = new TemporaryFolder();
        folder.Write("old.json", TwoOperations);
        folder.Write("new.json", OneOperation);

        var json = CliRun.In(folder.Path, "diff", "old.json", "new.json", "--format", "json");
        var sarif = CliRun.In(folder.Path, "diff", "old.json", "new.json", "--format", "sarif");

        Assert.Equal(ExitCodes.Failed, json.ExitCode);
        var finding = Assert.Single(JsonDocument.Parse(json.Output).RootElement.EnumerateArray());
        Assert.Equal("OperationRemoved", finding.GetProperty("code").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal(10, finding.GetProperty("line").GetInt32());

        Assert.Equal(ExitCodes.Failed, sarif.ExitCode);
        var run = JsonDocument.Parse(sarif.Output).RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var result = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal(DiffCodes.All.Select(d => d.Code).Order(StringComparer.Ordinal), rules);
        Assert.Equal("OperationRemoved", result.GetProperty("ruleId").GetString());
        Assert.Equal(rules.IndexOf("OperationRemoved"), result.GetProperty("ruleIndex").GetInt32());
        Assert.Equal("old.json", result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void An_unreadable_version_exits_1_with_its_reading_error()
    {
        using var folder = new TemporaryFolder();
        folder.Write("old.json", TwoOperations);
        folder.Write("new.json", "{ \"swagger\": ");

        var run = CliRun.In(folder.Path, "diff", "old.json", "new.json");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("new.json(1,", run.Output, StringComparison.Ordinal);
        Assert.Contains("error CK1008", run.Output, StringComparison.Ordinal);
        Assert.Contains("nothing was compared", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("diff", "old.json")]
    [InlineData("diff", "old.json", "new.json", "--base", "HEAD")]
    [InlineData("diff", "old.json", "missing.json")]
    [InlineData("diff", "old.json", "new.json", "extra.json")]
    [InlineData("diff", "old.json", "--chek", "new.json")]
    [InlineData("diff", "old.json", "new.json", "--format", "xml")]
    public void Wrong_usage_exits_2(params string[] args)
    {
        using var folder = new TemporaryFolder();
        folder.Write("old.json", TwoOperations);
        folder.Write("new.json", TwoOperations);
        folder.Write("extra.json", TwoOperations);

        var run = CliRun.In(folder.Path, args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith("error", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Base_compares_a_connector_folder_at_a_revision_with_the_work_tree()
    {
        using var repository = new TemporaryFolder();
        repository.Write("connector/apiDefinition.swagger.json", TwoOperations);
        repository.Write("connector/apiProperties.json", "{ \"properties\": {} }");
        Git(repository.Path, "init", "--quiet");
        Commit(repository.Path);

        var unchanged = CliRun.In(repository.Path, "diff", "--base", "HEAD", "connector");
        repository.Write("connector/apiDefinition.swagger.json", OneOperation);
        var changed = CliRun.In(repository.Path, "diff", "--base", "HEAD", "connector");
        var unknownRevision = CliRun.In(repository.Path, "diff", "--base", "no-such-branch", "connector");
        repository.Write("added/apiDefinition.swagger.json", TwoOperations);
        var added = CliRun.In(repository.Path, "diff", "--base", "HEAD", "added");

        Assert.Equal(ExitCodes.Success, unchanged.ExitCode);
        Assert.Equal(ExitCodes.Failed, changed.ExitCode);
        Assert.StartsWith("connector/apiDefinition.swagger.json(10,7): error OperationRemoved:", changed.Output, StringComparison.Ordinal);
        Assert.Contains("(line and column as of HEAD)", changed.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, unknownRevision.ExitCode);
        Assert.Equal(ExitCodes.Success, added.ExitCode);
        Assert.Contains("diff: added did not exist at HEAD; nothing to compare.", added.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Base_expands_a_model_folder_at_both_revisions_and_points_at_the_yaml()
    {
        using var repository = new TemporaryFolder();
        repository.Write("connector/connector.yaml", SampleModels.Minimal);
        Git(repository.Path, "init", "--quiet");
        Commit(repository.Path);
        repository.Write("connector/connector.yaml", SampleModels.Minimal.Replace("method: get", "method: post", StringComparison.Ordinal));

        var run = CliRun.In(repository.Path, "diff", "--base", "HEAD", "connector");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("connector/connector.yaml(", run.Output, StringComparison.Ordinal);
        Assert.Contains("error OperationMethodChanged: The method of 'GetThing' changed from GET to POST.", run.Output, StringComparison.Ordinal);
    }

    private static void Commit(string repository)
    {
        Git(repository, "add", "--all");
        Git(repository, "-c", "user.name=ConnectorKit Tests", "-c", "user.email=tests@example.com", "-c", "commit.gpgsign=false",
            "commit", "--quiet", "-m", "Version");
    }

    private static void Git(string repository, params string[] arguments)
    {
        var result = GitCommand.Run(repository, arguments);
        Assert.True(result is { Succeeded: true }, $"git {string.Join(' ', arguments)} failed: {result?.Error}");
    }
}
