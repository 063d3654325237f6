using ConnectorKit.Loading;
using ConnectorKit.Model;
using static ConnectorKit.Tests.Loading.ModelSnippets;

namespace ConnectorKit.Tests.Loading;

/// <summary>Several files make one model: order, merging, and names defined twice.</summary>
public sealed class ModelLoaderMergeTests
{
    [Fact]
    public void FilesMergeInOrdinalOrderOfRelativePathAfterConnectorYaml()
    {
        using var folder = new TempModelFolder(
            ("connector.yaml", Header + "schemas:\n  Root: { type: object }\n"),
            ("b.yaml", "schemas:\n  FromB: { type: string }\n"),
            ("a/z.yml", "schemas:\n  FromAZ: { type: string }\n"),
            ("B.yaml", "schemas:\n  FromUpperB: { type: string }\n"),
            ("notes.txt", "schemas: not yaml"));

        var result = folder.Load();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["Root", "FromUpperB", "FromAZ", "FromB"], result.Model!.Schemas.Select(s => s.Name));
        Assert.Equal(folder.FileName("a/z.yml"), result.Model.Schemas[2].Position.File);
    }

    [Fact]
    public void KeyedSectionsAndExtensionsMergeAcrossFiles()
    {
        using var folder = new TempModelFolder(
            ("connector.yaml", Header + "actions:\n  GetA: { method: get, path: /a, summary: s, description: d }\nextensions: { x-one: 1 }\n"),
            ("more/ops.yaml", "actions:\n  GetB: { method: get, path: /b, summary: s, description: d }\nextensions: { x-two: { deep: true } }\n"),
            ("more/policies.yaml", "policies:\n  - template: setheader\n"),
            ("policies.yaml", "policies:\n  - template: routerequesttoendpoint\n"));

        var model = folder.Load().Model!;

        Assert.Equal(["GetA", "GetB"], model.Actions.Select(a => a.Id));
        Assert.Equal(["setheader", "routerequesttoendpoint"], model.Policies.Select(p => p.TemplateId));
        Assert.Equal("""{"x-one":1,"x-two":{"deep":true}}""", model.Extensions?.Value?.ToJsonString());
        Assert.Equal(folder.FileName("more/ops.yaml"), model.Extensions?.PositionOf("/x-two/deep").File);
        Assert.Equal(folder.FileName("connector.yaml"), model.Extensions?.PositionOf("/x-one").File);
    }

    [Theory]
    [InlineData("schemas:\n  Thing: { type: object }\n", "schema 'Thing'")]
    [InlineData("parameters:\n  Thing: { in: query }\n", "parameter 'Thing'")]
    [InlineData("responses:\n  Thing: { description: OK }\n", "response 'Thing'")]
    [InlineData("connectionParameters:\n  Thing: { type: string }\n", "connection parameter 'Thing'")]
    [InlineData("extensions:\n  Thing: 1\n", "key 'Thing' of 'extensions'")]
    public void NameDefinedInTwoFilesIsReportedAtTheSecond(string section, string what)
    {
        using var folder = new TempModelFolder(("connector.yaml", Header + section), ("more.yaml", section));

        var result = folder.Load();

        var diagnostic = LoadAssert.Single(result, "CK2014", 2, 3);
        Assert.Equal(folder.FileName("more.yaml"), diagnostic.Position.File);
        Assert.Equal($"The {what} is already defined at {folder.FileName("connector.yaml")}(7,3).", diagnostic.Message);
        Assert.NotNull(result.Model);
    }

    [Theory]
    [InlineData("connector")]
    [InlineData("auth")]
    [InlineData("connectionParameterSets")]
    [InlineData("script")]
    public void SingleSectionDefinedInTwoFilesIsReported(string section)
    {
        var body = section switch
        {
            "connector" => Header,
            "auth" => "auth: { type: none }\n",
            "connectionParameterSets" => "connectionParameterSets: { sets: [] }\n",
            _ => "script: { file: script.csx }\n",
        };
        using var folder = new TempModelFolder(("connector.yaml", Header + (section == "connector" ? string.Empty : body)), ("z.yaml", body));

        var result = folder.Load();

        var diagnostic = LoadAssert.Single(result, "CK2014", 1, 1);
        Assert.Equal(folder.FileName("z.yaml"), diagnostic.Position.File);
        Assert.Contains($"The section '{section}' is already defined", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OperationIdSharedByAnActionAndATriggerIsDuplicateOperationId()
    {
        using var folder = new TempModelFolder(
            ("connector.yaml", Header + "actions:\n  OnItem: { method: get, path: /a, summary: s, description: d }\n"),
            ("triggers.yaml", "triggers:\n  OnItem: { summary: s, description: d, polling: { path: /p } }\n"));

        var result = folder.Load();

        Assert.Equal(folder.FileName("triggers.yaml"), LoadAssert.Single(result, "CK2001", 2, 3).Position.File);
        Assert.Single(result.Model!.Actions);
        Assert.Empty(result.Model.Triggers);
    }

    [Fact]
    public void EveryMistakeOfEveryFileIsReportedInOneRun()
    {
        using var folder = new TempModelFolder(
            ("connector.yaml", Header.Replace("  host: api.example.com\n", "  host: api.example.com\n  hots: x\n", StringComparison.Ordinal) + """
                auth:
                  type: oauth3
                parameters:
                  id: { in: path, required: perhaps }
                """),
            ("ops/a.yaml", """
                actions:
                  GetItems:
                    method: get
                    summary: s
                    description: d
                    parameters: [id, [x]]
                """),
            ("ops/b.yaml", "actions: { Broken: [ }\n"),
            ("ops/c.yaml", "schemas:\n  Thing: { type: object }\n  Thing: { type: string }\n"));

        var result = folder.Load();

        Assert.Equal(
            [
                (folder.FileName("connector.yaml"), "CK1002", 6, 3),
                (folder.FileName("connector.yaml"), "CK1005", 8, 9),
                (folder.FileName("connector.yaml"), "CK1003", 10, 29),
                (folder.FileName("ops/a.yaml"), "CK1004", 3, 5),
                (folder.FileName("ops/a.yaml"), "CK1003", 6, 22),
                (folder.FileName("ops/b.yaml"), "CK1001", 1, 22),
                (folder.FileName("ops/c.yaml"), "CK1006", 3, 3),
            ],
            result.Diagnostics.Select(d => (d.Position.File, d.Code, d.Position.Line, d.Position.Column)));
        Assert.Null(result.Model);
    }
}
