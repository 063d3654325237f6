using ConnectorKit.Diagnostics;
using ConnectorKit.Diff;

using ConnectorKit.Tests.TestSupport;

namespace ConnectorKit.Tests.Diff;

public class ConnectorVersionLoaderTests
{
    private const string Model = """
        connector:
          title: Sample Service
          description: A small connector used by the diff tests of the toolkit.
          version: "1.0"
          host: api.example.com
          publisher: Example
          stackOwner: Example
        actions:
          GetThing:
            method: get
            path: /things/{id}
            summary: Get a thing
            description: Gets one thing by its id.
            parameters:
              - { name: id, in: path, type: string, summary: Thing ID, description: The id of the thing. }
            responses:
              "200": { description: The thing. }
        """;

    [Fact]
    public void Model_folders_are_expanded_and_findings_point_at_the_yaml()
    {
        using var folder = new TemporaryFolder();
        folder.Write("old/connector.yaml", Model);
        var changed = Model.Replace(
            "description: The id of the thing. }",
            "description: The id of the thing. }\n      - { name: tenant, in: query, type: string, required: true, summary: Tenant, description: The tenant. }",
            StringComparison.Ordinal);
        var newFile = folder.Write("new/connector.yaml", changed);

        var old = ConnectorVersionLoader.Load(Path.Combine(folder.Path, "old"));
        var current = ConnectorVersionLoader.Load(Path.Combine(folder.Path, "new"));
        var finding = Assert.Single(BreakingChangeDetector.Compare(old.Version!, current.Version!));

        Assert.Equal(DiffCodes.RequiredParameterAdded.Code, finding.Code);
        Assert.Equal(newFile, finding.Position.File);
        Assert.Equal(DiffScenario.Locate(newFile, changed, "{ name: tenant").Line, finding.Position.Line);
    }

    [Fact]
    public void The_safe_route_for_a_model_names_model_keys()
    {
        using var folder = new TemporaryFolder();
        folder.Write("old/connector.yaml", Model);
        var changed = Model.Replace("path: /things/{id}", "path: /items/{id}", StringComparison.Ordinal);
        var newFile = folder.Write("new/connector.yaml", changed);

        var old = ConnectorVersionLoader.Load(Path.Combine(folder.Path, "old"));
        var current = ConnectorVersionLoader.Load(Path.Combine(folder.Path, "new"));
        var finding = Assert.Single(BreakingChangeDetector.Compare(old.Version!, current.Version!), d => d.Code == DiffCodes.OperationPathChanged.Code);

        Assert.Contains("add the changed operation as 'GetThingV2' with 'family: GetThing, revision: 2'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("mark 'GetThing' 'deprecated: true, visibility: internal'", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("x-ms-", finding.Message, StringComparison.Ordinal);
        Assert.Equal(newFile, finding.Position.File);
    }

    [Fact]
    public void A_single_swagger_file_loads_without_apiProperties()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("connector.swagger.json", Swaggers.GetItems());

        var result = ConnectorVersionLoader.Load(file);

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Version);
        Assert.Null(result.Version.Definition.ApiProperties);
    }

    [Fact]
    public void A_file_with_a_duplicate_key_still_gives_a_version_beside_the_finding()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("api.swagger.json", "{ \"swagger\": \"2.0\", \"swagger\": \"2.0\" }");

        var result = ConnectorVersionLoader.Load(file);

        Assert.Equal(DiagnosticCodes.JsonDuplicateKey.Code, Assert.Single(result.Diagnostics).Code);
        Assert.NotNull(result.Version);
    }

    [Fact]
    public void Unreadable_input_is_a_finding_not_an_exception()
    {
        using var folder = new TemporaryFolder();
        var broken = folder.Write("broken.json", "{ \"swagger\": ");
        var array = folder.Write("array.json", "[]");

        Assert.Equal(DiagnosticCodes.JsonSyntax.Code, Assert.Single(ConnectorVersionLoader.Load(broken).Diagnostics).Code);
        Assert.Equal(DiagnosticCodes.WrongType.Code, Assert.Single(ConnectorVersionLoader.Load(array).Diagnostics).Code);
        Assert.Equal(DiagnosticCodes.FileNotFound.Code, Assert.Single(ConnectorVersionLoader.Load(Path.Combine(folder.Path, "missing")).Diagnostics).Code);
        Assert.Null(ConnectorVersionLoader.Load(broken).Version);
    }
}
