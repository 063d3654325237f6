using ConnectorKit.Tests.TestSupport;

namespace ConnectorKit.Tests.Schemas;

public sealed class SchemaOracleTests
{
    private const string MinimalSwagger = """
        {
          "swagger": "2.0",
          "info": { "title": "Orders", "description": "Reads the orders of a shop.", "version": "1.0" },
          "host": "shop.example.com",
          "basePath": "/",
          "schemes": ["https"],
          "paths": {
            "/orders/{orderId}": {
              "get": {
                "operationId": "GetOrder",
                "summary": "Get an order",
                "parameters": [
                  { "name": "orderId", "in": "path", "required": true, "type": "string", "x-ms-summary": "Order ID" }
                ],
                "responses": { "200": { "description": "The order.", "schema": { "type": "object" } } }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task RealConnectorWithTriggersAndPoliciesPasses()
    {
        SchemaOracle.RequireSchemas();
        RepositoryPaths.RequireCorpus();
        var folder = Path.Combine(RepositoryPaths.Corpus, "certified-connectors", "Alemba ITSM");

        var swagger = await SchemaOracle.ValidateAsync(ConnectorFileKind.ApiDefinition, Read(folder, "apiDefinition.swagger.json"));
        var properties = await SchemaOracle.ValidateAsync(ConnectorFileKind.ApiProperties, Read(folder, "apiProperties.json"));

        Assert.Empty(swagger);
        Assert.Empty(properties);
    }

    [Fact]
    public async Task MinimalSwaggerPasses()
    {
        SchemaOracle.RequireSchemas();

        Assert.Empty(await SchemaOracle.ValidateAsync(ConnectorFileKind.ApiDefinition, MinimalSwagger));
    }

    [Fact]
    public async Task BrokenSwaggerFailsWhereItIsBroken()
    {
        SchemaOracle.RequireSchemas();
        var broken = MinimalSwagger
            .Replace("\"required\": true", "\"required\": false", StringComparison.Ordinal)
            .Replace("\"summary\": \"Get an order\",", "\"summary\": \"Get an order\", \"x-ms-bogus\": true,", StringComparison.Ordinal);

        var findings = await SchemaOracle.ValidateAsync(ConnectorFileKind.ApiDefinition, broken);

        var leaves = findings.SelectMany(Leaves).Select(f => f.ToString()).ToList();
        Assert.Contains("#/paths['/orders/{orderId}'].get.x-ms-bogus: NoAdditionalPropertiesAllowed", leaves);
        Assert.Contains("#/paths['/orders/{orderId}'].get.parameters[0].required: NotInEnumeration", leaves);
    }

    [Fact]
    public async Task MetaSchemaReferencesAreResolvedOffline()
    {
        SchemaOracle.RequireSchemas();

        // A schema's "title" is checked by the draft-04 meta-schema, which the swagger schema references by URL.
        var findings = await SchemaOracle.ValidateAsync(
            ConnectorFileKind.ApiDefinition,
            MinimalSwagger.Replace("\"schema\": { \"type\": \"object\" }", "\"schema\": { \"type\": \"object\", \"title\": 5 }", StringComparison.Ordinal));

        Assert.Contains("#/paths['/orders/{orderId}'].get.responses.200.schema.title: StringExpected", findings.SelectMany(Leaves).Select(f => f.ToString()));
    }

    [Fact]
    public async Task KnownLagsAreExplainedAndNothingElse()
    {
        SchemaOracle.RequireSchemas();
        const string properties = """
            {
              "properties": {
                "connectionParameters": {
                  "token": {
                    "type": "oauthSetting",
                    "oAuthSettings": {
                      "identityProvider": "aad",
                      "clientId": "[[client-id]]",
                      "scopes": [],
                      "redirectMode": "GlobalPerConnector",
                      "redirectUrl": "https://global.consent.azure-apim.net/redirect",
                      "properties": { "IsFirstParty": "False" },
                      "customParameters": {
                        "loginUri": { "value": "https://login.microsoftonline.com" },
                        "tenantId": { "value": "common" },
                        "resourceUri": { "value": "https://api.example.com" }
                      }
                    }
                  }
                },
                "iconBrandColor": "#0b556a",
                "scriptOperations": ["GetThing"],
                "publisher": "Contoso",
                "stackOwner": "Contoso"
              }
            }
            """;
        var withUnknownKey = properties.Replace("\"publisher\"", "\"bogus\": 1, \"publisher\"", StringComparison.Ordinal);

        var all = await SchemaOracle.AllFindingsAsync(ConnectorFileKind.ApiProperties, properties);
        var unexplained = await SchemaOracle.ValidateAsync(ConnectorFileKind.ApiProperties, properties);
        var withUnknown = await SchemaOracle.ValidateAsync(ConnectorFileKind.ApiProperties, withUnknownKey);

        Assert.Equal(2, all.Count);
        Assert.Empty(unexplained);
        Assert.Equal(["#/properties.bogus: NoAdditionalPropertiesAllowed"], withUnknown.Select(f => f.ToString()));
    }

    [Fact]
    public async Task SettingsSchemaRejectsUnknownKeys()
    {
        SchemaOracle.RequireSchemas();
        const string settings = """{ "apiDefinition": "apiDefinition.swagger.json", "apiProperties": "apiProperties.json" }""";

        Assert.Empty(await SchemaOracle.ValidateAsync(ConnectorFileKind.Settings, settings));
        Assert.Equal(
            ["#/apiDefintion: NoAdditionalPropertiesAllowed"],
            (await SchemaOracle.ValidateAsync(ConnectorFileKind.Settings, settings.Replace("apiDefinition\"", "apiDefintion\"", StringComparison.Ordinal))).Select(f => f.ToString()));
    }

    private static string Read(string folder, string file) => File.ReadAllText(Path.Combine(folder, file));

    private static IEnumerable<SchemaFinding> Leaves(SchemaFinding finding) =>
        finding.Branches.Count == 0 ? [finding] : finding.Branches.SelectMany(branch => branch).SelectMany(Leaves);
}
