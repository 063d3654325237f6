using ConnectorKit.Checking;
using ConnectorKit.Loading;
using ConnectorKit.Tests.Loading;
using ConnectorKit.Tests.TestSupport;
using Xunit;

namespace ConnectorKit.Tests.Checking;

/// <summary>The checks on models read by the real loader: findings point at the YAML line of the offending value.</summary>
public class ModelCheckerYamlTests
{
    private const string Connector = """
        connector:
          title: Test
          description: A test connector.
          version: "1.0"
          host: example.com
        schemas:
          Item:
            type: object
            properties:
              child: { $ref: Chld }
        actions:
          ListItems:
            method: get
            path: /items
            summary: List items
            description: Lists the items.
            parameters:
              - name: kind
                in: query
                type: string
                picker: { operation: ListKinds, value: id }
        policies:
          - template: setheader
            parameters:
              name: X-Kind
              vale: "@connectionParameters('kind')"
        """;

    [Fact]
    public void FindingsPointAtTheYamlOfTheOffendingValues()
    {
        var loaded = TempModelFolder.LoadSingle(Connector);
        Assert.Empty(loaded.Diagnostics);

        var findings = ModelChecker.Check(loaded.Model!);

        Assert.Equal(
            [("CK2002", 10, 16), ("CK2003", 21, 30), ("CK2013", 25, 7), ("CK2012", 26, 7), ("CK2017", 26, 7)],
            findings.Select(d => (d.Code, d.Position.Line, d.Position.Column)));
    }

    [Fact]
    public void TheRepositoryConnectorModelPassesEveryCheck()
    {
        var loaded = ModelLoader.Load(Path.Combine(RepositoryPaths.Root, "connector"));
        Assert.NotNull(loaded.Model);

        Assert.Empty(ModelChecker.Check(loaded.Model));
    }
}
