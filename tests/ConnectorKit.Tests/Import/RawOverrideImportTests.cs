using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Import;
using ConnectorKit.Loading;

namespace ConnectorKit.Tests.Import;

/// <summary>
/// The reported case: an imported webhook whose required list the model cannot generate keeps it under
/// the body's <c>schema:</c>; an author who then makes a filter required is told that the raw list overrides it.
/// </summary>
public sealed class RawOverrideImportTests
{
    /// <summary>A subscription that lists the store filter before the callback URL as required, and an optional region.</summary>
    private const string Paths = """
        {
          "/hooks": {
            "post": {
              "summary": "When an order is created", "description": "Fires when an order is created.", "operationId": "OnOrderCreated",
              "x-ms-trigger": "single",
              "parameters": [
                {
                  "name": "body", "in": "body", "required": true,
                  "schema": {
                    "type": "object",
                    "required": ["store", "url"],
                    "properties": {
                      "url": { "type": "string", "x-ms-notification-url": true, "x-ms-visibility": "internal" },
                      "store": { "type": "string" },
                      "region": { "type": "string" }
                    }
                  }
                }
              ],
              "responses": { "201": { "description": "Subscribed" } }
            },
            "x-ms-notification-content": { "description": "The new order", "schema": { "type": "object" } }
          },
          "/hooks/{id}": {
            "delete": {
              "summary": "Unsubscribe", "description": "Ends a subscription.", "operationId": "DeleteHook", "x-ms-visibility": "internal",
              "parameters": [ { "name": "id", "in": "path", "required": true, "type": "string" } ],
              "responses": { "204": { "description": "Deleted" } }
            }
          }
        }
        """;

    [Fact]
    public void An_imported_raw_required_list_reports_a_filter_the_author_makes_required()
    {
        using var folder = new ConnectorFolder("Orders", Samples.Swagger(Paths), Samples.Properties);
        var yaml = folder.ImportExactly();
        Assert.Contains("    schema:\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain(ConnectorImporter.Import(folder.Path).Diagnostics, d => d.Descriptor == DiagnosticCodes.RawOverridesModel);

        const string Region = "      region: {type: string}\n";
        Assert.Contains(Region, yaml, StringComparison.Ordinal);
        var edited = yaml.Replace(Region, "      region:\n        type: string\n        required: true\n", StringComparison.Ordinal);

        var finding = Assert.Single(Regeneration.Run(folder.Path, [new ModelSourceFile("connector.yaml", edited)]).Diagnostics,
            d => d.Descriptor == DiagnosticCodes.RawOverridesModel);

        var requiredLine = edited[..edited.LastIndexOf("        required: true\n", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.Contains($"it drops \"region\", which the model writes from connector.yaml({requiredLine},9)", finding.Message, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(folder.Path, "connector.yaml"), finding.Position.File);
    }

    [Fact]
    public void An_import_that_must_override_a_typed_key_says_so_at_the_yaml_relative_to_the_model_folder()
    {
        // The generic provider's custom parameters lack the token URL the model writes there from the auth's tokenUrl.
        var swagger = Samples.Swagger(
            """{ "/items": { "get": { "summary": "List items", "description": "Lists the items.", "operationId": "ListItems", "responses": { "200": { "description": "OK" } } } } }""",
            more: ",\n  \"security\": []",
            securityDefinitions: """{ "oauth2-auth": { "type": "oauth2", "flow": "accessCode", "authorizationUrl": "https://login.contoso.com/authorize", "tokenUrl": "https://login.contoso.com/token", "scopes": {} } }""");
        const string Properties = """
            { "properties": { "connectionParameters": { "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "oauth2", "clientId": "[[client-id]]", "scopes": [], "redirectMode": "GlobalPerConnector", "redirectUrl": "https://global.consent.azure-apim.net/redirect", "properties": { "IsFirstParty": "False" }, "customParameters": { "authorizationUrl": { "value": "https://login.contoso.com/authorize" } } } } }, "capabilities": [], "publisher": "Contoso", "stackOwner": "Contoso" } }
            """;
        using var folder = new ConnectorFolder("NoSecurity", swagger, Properties);
        folder.ImportExactly();

        var finding = Assert.Single(ConnectorImporter.Import(folder.Path).Diagnostics, d => d.Descriptor == DiagnosticCodes.RawOverridesModel);

        Assert.Equal("connector.yaml", finding.Position.File);
        Assert.Contains("The raw key 'customParameters' overrides the model: at apiProperties.json#/properties/connectionParameters/token/oAuthSettings/customParameters/tokenUrl it drops 'tokenUrl'", finding.Message, StringComparison.Ordinal);
    }
}
