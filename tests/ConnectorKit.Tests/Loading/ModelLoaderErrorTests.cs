using ConnectorKit.Loading;
using static ConnectorKit.Tests.Loading.ModelSnippets;

namespace ConnectorKit.Tests.Loading;

/// <summary>One test per kind of finding: its code and where it points.</summary>
public sealed class ModelLoaderErrorTests
{
    [Fact]
    public void SyntaxErrorIsReportedWhereYamlDotNetFindsItAndYieldsNoModel()
    {
        var result = TempModelFolder.LoadSingle(Header + "actions: { GetItems: [a, b }\n");

        var diagnostic = LoadAssert.Single(result, "CK1001", 6, 28);
        Assert.StartsWith("Not valid YAML: ", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Line:", diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(result.Model);
    }

    [Fact]
    public void UnknownKeyPointsAtTheKeyWithASuggestion()
    {
        var result = TempModelFolder.LoadSingle(Header.TrimEnd('\n') + "\n  webiste: https://example.com\n");

        var diagnostic = LoadAssert.Single(result, "CK1002", 6, 3);
        Assert.Equal("'webiste' is not a key of the connector section. Did you mean 'website'?", diagnostic.Message);
        Assert.NotNull(result.Model);
    }

    [Fact]
    public void UnknownTopLevelSectionIsReported()
    {
        var result = TempModelFolder.LoadSingle(Header + "schema:\n  Thing: { type: object }\n");

        Assert.EndsWith("Did you mean 'schemas'?", LoadAssert.Single(result, "CK1002", 6, 1).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  schemes: https", 12)]
    [InlineData("  contact: [a]", 12)]
    [InlineData("  consumes: [application/json, [nested]]", 32)]
    public void WrongShapePointsAtTheValue(string line, int column)
    {
        var result = TempModelFolder.LoadSingle(Header.TrimEnd('\n') + "\n" + line + "\n");

        LoadAssert.Single(result, "CK1003", 6, column);
        Assert.NotNull(result.Model);
    }

    [Fact]
    public void RequiredValueOfWrongShapeYieldsNoModel()
    {
        var result = TempModelFolder.LoadSingle(Header.Replace("title: Demo", "title: { text: Demo }", StringComparison.Ordinal));

        Assert.Contains("must be a scalar, not a mapping", LoadAssert.Single(result, "CK1003", 2, 10).Message, StringComparison.Ordinal);
        Assert.Null(result.Model);
    }

    [Theory]
    [InlineData("deprecated: maybe", "true or false")]
    [InlineData("revision: 1.5", "an integer")]
    public void NonBooleanOrNonIntegerIsWrongType(string entry, string expected)
    {
        var yaml = Header + "actions:\n  GetItems:\n    method: get\n    path: /items\n    summary: s\n    description: d\n    " + entry + "\n";

        var diagnostic = LoadAssert.Single(TempModelFolder.LoadSingle(yaml), "CK1003", 12, entry.IndexOf(':', StringComparison.Ordinal) + 7);
        Assert.Contains(expected, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingRequiredKeyPointsAtTheMappingAndYieldsNoModel()
    {
        var result = TempModelFolder.LoadSingle(Header + "actions:\n  GetItems:\n    path: /items\n    summary: s\n    description: d\n");

        var diagnostic = LoadAssert.Single(result, "CK1004", 8, 5);
        Assert.Equal("Required key 'method' is missing in action 'GetItems'.", diagnostic.Message);
        Assert.Null(result.Model);
    }

    [Fact]
    public void MissingConnectorSectionIsReportedAtTheStartOfConnectorYaml()
    {
        var result = TempModelFolder.LoadSingle("schemas: {}\n");

        LoadAssert.Single(result, "CK1004", 1, 1);
        Assert.Null(result.Model);
    }

    [Fact]
    public void InvalidEnumeratedValueListsTheAllowedValues()
    {
        var result = TempModelFolder.LoadSingle(Header + "parameters:\n  top:\n    in: quary\n");

        var diagnostic = LoadAssert.Single(result, "CK1005", 8, 9);
        Assert.Equal("'quary' is not a valid 'in' in parameter 'top'; allowed: path, query, header, body, formData. Did you mean 'query'?", diagnostic.Message);
    }

    [Theory]
    [InlineData("auth:\n  type: oauth\n", 7, 9)]
    [InlineData("auth:\n  type: apiKey\n  in: cookie\n", 8, 7)]
    [InlineData("parameters:\n  p: { in: query, visibility: hidden }\n", 7, 31)]
    [InlineData("parameters:\n  p: { in: query, urlEncoding: triple }\n", 7, 32)]
    [InlineData("actions:\n  A: { method: fetch, path: /a, summary: s, description: d }\n", 7, 16)]
    [InlineData("triggers:\n  T: { summary: s, description: d, polling: { path: /p, kind: many } }\n", 7, 63)]
    [InlineData("actions:\n  A: { method: get, path: /a, summary: s, description: d, responses: { 20O: { description: OK } } }\n", 7, 72)]
    public void EveryEnumeratedKeyIsChecked(string section, int line, int column) =>
        LoadAssert.Single(TempModelFolder.LoadSingle(Header + section), "CK1005", line, column);

    [Fact]
    public void DuplicateKeyInOneMappingPointsAtTheSecondKey()
    {
        var result = TempModelFolder.LoadSingle(Header.TrimEnd('\n') + "\n  title: Again\n");

        LoadAssert.Single(result, "CK1006", 6, 3);
        Assert.Equal("Demo", result.Model?.Info.Title);
    }

    [Fact]
    public void MissingConnectorYamlIsFileNotFound()
    {
        using var folder = new TempModelFolder(("other.yaml", Header));

        var result = folder.Load();

        var diagnostic = LoadAssert.Single(result, "CK1007", 0, 0);
        Assert.Equal(folder.FileName("connector.yaml"), diagnostic.Position.File);
        Assert.Null(result.Model);
    }

    [Fact]
    public void InvalidUtf8IsReported()
    {
        using var folder = new TempModelFolder(("connector.yaml", Header));
        folder.WriteBytes("more.yaml", [0x61, 0x3A, 0x20, 0xC3, 0x28, 0x0A]);

        var result = folder.Load();

        Assert.Equal(folder.FileName("more.yaml"), LoadAssert.Single(result, "CK1010", 1, 1).Position.File);
        Assert.Null(result.Model);
    }

    [Fact]
    public void TriggerNeedsWebhookOrPolling()
    {
        var result = TempModelFolder.LoadSingle(Header + "triggers:\n  OnItem:\n    summary: s\n    description: d\n");

        Assert.Contains("'webhook' or 'polling'", LoadAssert.Single(result, "CK1004", 8, 5).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TriggerWithBothWebhookAndPollingIsReportedAtPolling()
    {
        var yaml = Header + """
            triggers:
              OnItem:
                summary: s
                description: d
                webhook: { path: /hooks, unsubscribe: DeleteHook }
                polling: { path: /items }
            """;

        var result = TempModelFolder.LoadSingle(yaml);

        LoadAssert.Single(result, "CK1005", 11, 5);
        Assert.NotNull(Assert.Single(result.Model!.Triggers).Webhook);
    }

    [Fact]
    public void WebhookBodyPositionBeyondTheParametersIsReportedAtTheKey()
    {
        var yaml = Header + """
            triggers:
              OnItem:
                summary: s
                description: d
                parameters:
                - { name: folder, in: query, type: string }
                webhook: { path: /hooks, unsubscribe: DeleteHook, bodyPosition: 2 }
            """;

        var result = TempModelFolder.LoadSingle(yaml);

        Assert.Contains("from 0 (first) to 1", LoadAssert.Single(result, "CK1005", 12, 55).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WebhookBodySchemaWithFiltersIsReportedAtTheFilters()
    {
        var yaml = Header + """
            triggers:
              OnItem:
                summary: s
                description: d
                webhook: { path: /hooks, unsubscribe: DeleteHook, bodySchema: Subscription }
                filters: { store: { type: string } }
            """;

        var result = TempModelFolder.LoadSingle(yaml);

        Assert.Contains("'Subscription' holds the subscription's properties", LoadAssert.Single(result, "CK1005", 11, 5).Message, StringComparison.Ordinal);
    }
}
