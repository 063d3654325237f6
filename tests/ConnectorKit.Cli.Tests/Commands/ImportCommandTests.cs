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
    public void An_override_the_import_needs_is_reported_at_the_written_yaml()
    {
        // The generic provider's custom parameters lack the token URL the model writes there from the auth's tokenUrl,
        // so the raw customParameters override it.
        using var folder = new TemporaryFolder();
        folder.Write("connector/apiDefinition.swagger.json", """
            {
              "swagger": "2.0", "info": { "title": "Contoso", "description": "Contoso's API.", "version": "1.0" }, "host": "api.contoso.com",
              "paths": { "/items": { "get": { "summary": "List items", "description": "Lists the items.", "operationId": "ListItems", "responses": { "200": { "description": "OK" } } } } },
              "securityDefinitions": { "oauth2-auth": { "type": "oauth2", "flow": "accessCode", "authorizationUrl": "https://login.contoso.com/authorize", "tokenUrl": "https://login.contoso.com/token", "scopes": {} } },
              "security": []
            }
            """);
        folder.Write("connector/apiProperties.json", """
            { "properties": { "connectionParameters": { "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "oauth2", "clientId": "[[client-id]]", "scopes": [], "redirectMode": "GlobalPerConnector", "redirectUrl": "https://global.consent.azure-apim.net/redirect", "properties": { "IsFirstParty": "False" }, "customParameters": { "authorizationUrl": { "value": "https://login.contoso.com/authorize" } } } } }, "capabilities": [] } }
            """);

        var run = CliRun.In(folder.Path, "import", "connector", "--out", "model");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"(^|\n)model/connector\.yaml\(\d+,\d+\): warning CK2021: The raw key 'customParameters' overrides the model", run.Error);
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
    public void Import_of_an_OpenAPI_3_document_prints_its_findings_at_the_document_and_writes_a_model_that_generates()
    {
        using var folder = new TemporaryFolder();
        folder.Write("api.yaml", """
            openapi: 3.0.3
            info: { title: Items, version: "1.0", description: Lists items. }
            servers:
              - url: https://api.items.test
              - url: https://eu.items.test
            paths:
              /items:
                get:
                  operationId: listItems
                  summary: List items
                  responses: { "200": { description: The items. } }
            """);

        var run = CliRun.In(folder.Path, "import", "api.yaml", "--out", "model");
        var generate = CliRun.In(folder.Path, "generate", "model", "--out", "out");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("api.yaml(5,5): warning CK5103: A connector calls one host; the server 'https://eu.items.test' is left out", run.Error);
        Assert.Contains("api.yaml(9,7): info CK5104: A connector's operation ids are PascalCase", run.Error);
        Assert.Equal(ExitCodes.Success, generate.ExitCode);
        Assert.Contains("\"operationId\": \"ListItems\"", File.ReadAllText(Path.Combine(folder.Path, "out", "apiDefinition.swagger.json")));
    }

    [Fact]
    public void Import_of_a_file_of_no_known_kind_exits_1_and_writes_nothing()
    {
        using var folder = new TemporaryFolder();
        folder.Write("notes.json", "{ \"title\": \"notes\" }");

        var run = CliRun.In(folder.Path, "import", "notes.json", "--out", "model");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("notes.json(1,1): error CK5101", run.Error);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "model")));
    }

    [Fact]
    public void Import_without_out_is_a_usage_error()
    {
        using var folder = GeneratedConnector();

        Assert.Equal(ExitCodes.Usage, CliRun.In(folder.Path, "import", "connector").ExitCode);
    }

    [Fact]
    public void Roundtrip_prints_same_or_unreadable_per_connector_and_a_summary_and_fails_on_an_unreadable_one()
    {
        using var folder = GeneratedConnector();
        folder.Write("broken/apiDefinition.swagger.json", "{ \"swagger\": ");

        var run = CliRun.In(folder.Path, "roundtrip", "connector", "broken");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("connector: same\n", run.Output);
        Assert.Contains("broken: unreadable\n", run.Output);
        Assert.EndsWith("1 same, 0 different, 1 unreadable\n", run.Output);
        Assert.Contains("error CK1008", run.Error);
    }

    [Fact]
    public void Roundtrip_exits_0_when_every_connector_comes_back_the_same()
    {
        using var folder = GeneratedConnector();

        var run = CliRun.In(folder.Path, "roundtrip", ".");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.EndsWith("1 same, 0 different, 0 unreadable\n", run.Output);
    }

    [Fact]
    public void Roundtrip_of_a_path_without_connectors_fails_with_CK5004()
    {
        using var folder = new TemporaryFolder();
        folder.Write("empty/readme.txt", "no connector");

        var run = CliRun.In(folder.Path, "roundtrip", "empty");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("empty: error CK5004:", run.Error);
    }

    /// <summary>A folder holding connector/ with the files the sample model generates.</summary>
    [Fact]
    public void Import_with_force_does_not_write_through_a_link_out_of_the_model_folder()
    {
        using var folder = GeneratedConnector();
        var target = folder.Write("elsewhere/notes.yaml", "# the user's\n");
        folder.Link("model/connector.yaml", target);

        var run = CliRun.In(folder.Path, "import", "connector", "--out", "model", "--force");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("model/connector.yaml: error CK1032", run.Error);
        Assert.Equal("# the user's\n", File.ReadAllText(target));
    }

    [Fact]
    public void Import_of_a_connector_whose_icon_is_linked_from_elsewhere_is_refused()
    {
        using var folder = GeneratedConnector();
        folder.Link("connector/icon.png", folder.Write("secret.png", "a secret of the machine"));

        var run = CliRun.In(folder.Path, "import", "connector", "--out", "model");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("connector/icon.png: error CK1032", run.Error);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "model")));
    }

    private static TemporaryFolder GeneratedConnector()
    {
        var folder = new TemporaryFolder();
        folder.Write("source/connector.yaml", SampleModels.Minimal);
        Assert.Equal(ExitCodes.Success, CliRun.In(folder.Path, "generate", "source", "--out", "connector").ExitCode);
        return folder;
    }
}
