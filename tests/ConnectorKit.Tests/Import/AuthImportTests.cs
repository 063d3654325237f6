using ConnectorKit.Tests.Snapshots;

namespace ConnectorKit.Tests.Import;

/// <summary>
/// Authentication is imported as auth when it regenerates exactly; multi-auth sets as typed sets, with their auths
/// where those regenerate the security definitions exactly.
/// </summary>
public sealed class AuthImportTests
{
    [Fact]
    public void An_oauth2_security_definition_and_its_connection_parameter_become_the_auth_section()
    {
        const string securityDefinitions = """
            { "oauth2_auth": { "type": "oauth2", "flow": "accessCode", "authorizationUrl": "https://login.contoso.com/authorize", "tokenUrl": "https://login.contoso.com/token", "scopes": { "read": "read" } } }
            """;
        var properties = Samples.PropertiesWith("""
            {
              "token": {
                "type": "oauthSetting",
                "oAuthSettings": {
                  "identityProvider": "oauth2", "clientId": "[[client-id]]", "scopes": ["read"], "redirectMode": "GlobalPerConnector",
                  "redirectUrl": "https://global.consent.azure-apim.net/redirect", "properties": { "IsFirstParty": "False" },
                  "customParameters": {
                    "authorizationUrl": { "value": "https://login.contoso.com/authorize" }, "tokenUrl": { "value": "https://login.contoso.com/token" },
                    "refreshUrl": { "value": "https://login.contoso.com/token" }
                  }
                }
              },
              "region": { "type": "string", "uiDefinition": { "displayName": "Region", "description": "Your region.", "constraints": { "required": "false", "allowedValues": [ { "text": "EU", "value": "eu" } ] } } }
            }
            """);
        using var folder = new ConnectorFolder("OAuth", Samples.Swagger("{}", Samples.SecurityRequirements("[ { \"oauth2_auth\": [] } ]"), securityDefinitions), properties);

        var yaml = folder.ImportExactly();

        Assert.Contains("auth:\n  type: oauth2\n  securityName: oauth2_auth", yaml, StringComparison.Ordinal);
        SnapshotAssert.Matches(yaml, "OAuth", "yaml");
    }

    [Fact]
    public void Connection_parameter_sets_of_a_multi_auth_connector_round_trip()
    {
        const string securityDefinitions = """
            { "API Key": { "type": "apiKey", "in": "header", "name": "X-Key" }, "oauth2": { "type": "oauth2", "flow": "accessCode", "authorizationUrl": "https://a", "tokenUrl": "https://t", "scopes": {} } }
            """;
        const string properties = """
            {
              "properties": {
                "connectionParameterSets": {
                  "uiDefinition": { "displayName": "Authentication type", "description": "How to sign in" },
                  "values": [
                    { "name": "key", "uiDefinition": { "displayName": "API key" }, "parameters": { "api_key": { "type": "securestring", "uiDefinition": { "displayName": "Key", "constraints": { "required": "true" } } } } },
                    { "name": "oauth", "uiDefinition": { "displayName": "OAuth" }, "parameters": { "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "aad", "scopes": [], "redirectUrl": "https://r" } } } }
                  ]
                },
                "iconBrandColor": "#007ee5", "capabilities": []
              }
            }
            """;
        using var folder = new ConnectorFolder("MultiAuth", Samples.Swagger("{}", securityDefinitions: securityDefinitions), properties);

        var yaml = folder.ImportExactly();

        // The key set's parameter is not what an auth section expands to: its auth writes only the security
        // definition, and the parameter stays the set's own. The OAuth set's parameter is its auth's.
        Assert.Contains("connectionParameterSets:\n  displayName: Authentication type", yaml, StringComparison.Ordinal);
        Assert.Contains("    auth:\n      type: apiKey\n      securityName: API Key\n      requirement: none\n      parameterName: null\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("extensions:", yaml, StringComparison.Ordinal);
        SnapshotAssert.Matches(yaml, "MultiAuth", "yaml");
    }

    [Fact]
    public void Connection_parameter_sets_whose_parameters_an_auth_expands_to_carry_that_auth()
    {
        const string securityDefinitions = """
            { "api_key": { "type": "apiKey", "in": "header", "name": "X-Key" }, "basic_auth": { "type": "basic" } }
            """;
        const string properties = """
            {
              "properties": {
                "connectionParameterSets": {
                  "uiDefinition": { "displayName": "Authentication type", "displayname": "kept as written" },
                  "values": [
                    {
                      "name": "key", "uiDefinition": { "displayName": "API key", "description": "Use a key." }, "metadata": { "allowSharing": false },
                      "parameters": {
                        "api_key": { "type": "securestring", "uiDefinition": { "displayName": "Key", "description": "Your key.", "constraints": { "required": "true" } } },
                        "region": { "type": "string", "uiDefinition": { "displayName": "Region", "constraints": { "required": "false" } } }
                      }
                    },
                    {
                      "name": "basic", "uiDefinition": { "displayName": "User and password" },
                      "parameters": {
                        "username": { "type": "string", "uiDefinition": { "displayName": "User name", "description": "The user name to connect with.", "constraints": { "required": "true" } } },
                        "password": { "type": "securestring", "uiDefinition": { "displayName": "Password", "description": "The password to connect with.", "constraints": { "required": "true" } } }
                      }
                    }
                  ]
                },
                "iconBrandColor": "#007ee5", "capabilities": []
              }
            }
            """;
        using var folder = new ConnectorFolder("MultiAuthTyped", Samples.Swagger("{}", Samples.SecurityRequirements("[ { \"api_key\": [] }, { \"basic_auth\": [] } ]"), securityDefinitions), properties);

        var yaml = folder.ImportExactly();

        Assert.Contains("    auth:\n      type: apiKey\n      displayName: Key", yaml, StringComparison.Ordinal);
        Assert.Contains("    auth: {type: basic}\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    allowSharing: false\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("securityDefinitions", yaml, StringComparison.Ordinal);
        SnapshotAssert.Matches(yaml, "MultiAuthTyped", "yaml");
    }

    [Fact]
    public void An_api_key_with_constraints_a_described_definition_and_no_security_is_still_the_auth_section()
    {
        const string securityDefinitions = """
            { "api_key": { "type": "apiKey", "in": "query", "name": "key", "description": "The key, in the query." } }
            """;
        var properties = Samples.PropertiesWith("""
            {
              "api_key": { "type": "securestring", "uiDefinition": { "displayName": "Key", "description": "Your key.", "constraints": { "tabIndex": 2, "clearText": false, "required": "true" } } }
            }
            """);
        using var folder = new ConnectorFolder("ApiKeyConstraints", Samples.Swagger("{}", securityDefinitions: securityDefinitions), properties);

        var yaml = folder.ImportExactly();

        Assert.Contains("auth:\n  type: apiKey\n  securityDescription: The key, in the query.\n  requirement: none\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  tabIndex: 2\n  clearText: false\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("extensions", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Scopes_in_the_requirement_and_oauth_properties_become_typed_keys()
    {
        const string securityDefinitions = """
            { "oauth2-auth": { "type": "oauth2", "flow": "accessCode", "authorizationUrl": "https://a", "tokenUrl": "https://t", "scopes": { "read": "read" } } }
            """;
        var properties = Samples.PropertiesWith("""
            {
              "token": {
                "type": "oauthSetting",
                "oAuthSettings": {
                  "identityProvider": "aad", "clientId": "[[client-id]]", "scopes": ["read"], "redirectUrl": "https://r",
                  "properties": { "IsFirstParty": "False", "AzureActiveDirectoryResourceId": "https://contoso.com", "IsOnbehalfofLoginSupported": true }
                }
              }
            }
            """);
        using var folder = new ConnectorFolder("OAuthProperties", Samples.Swagger("{}", Samples.SecurityRequirements("[ { \"oauth2-auth\": [\"read\"] } ]"), securityDefinitions), properties);

        var yaml = folder.ImportExactly();

        Assert.Contains("auth:\n  type: oauth2\n  requirement: scopes\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  resourceId: https://contoso.com\n  onBehalfOfLogin: true\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("extensions", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_security_without_auth_is_named_in_empty()
    {
        using var folder = new ConnectorFolder("EmptySecurity", Samples.Swagger("{}", Samples.SecurityRequirements("[]")));

        var yaml = folder.ImportExactly();

        Assert.Contains("  empty: [security]\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("extensions", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_basic_auths_own_username_and_password_are_connection_parameters()
    {
        var properties = Samples.PropertiesWith("""
            {
              "username": { "type": "securestring", "uiDefinition": { "displayName": "Account", "constraints": { "tabIndex": 2, "clearText": true, "required": "true" } } },
              "password": { "type": "securestring", "uiDefinition": { "displayName": "Secret", "constraints": { "tabIndex": 3, "clearText": false, "required": "true" } } }
            }
            """);
        using var folder = new ConnectorFolder("BasicLabels", Samples.Swagger("{}", Samples.SecurityRequirements("[ { \"basic_auth\": [] } ]"), """{ "basic_auth": { "type": "basic" } }"""), properties);

        var yaml = folder.ImportExactly();

        Assert.Contains("auth: {type: basic}\nconnectionParameters:\n  username:\n    type: securestring\n    displayName: Account", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("extensions", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void An_oauth_parameter_without_security_definitions_is_an_auth_without_a_security_name()
    {
        var properties = Samples.PropertiesWith("""
            {
              "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "oauth2", "clientId": "[[client-id]]", "scopes": ["read"], "redirectUrl": "https://r", "properties": { "IsFirstParty": "False" }, "customParameters": {} } },
              "region": { "type": "string", "uiDefinition": { "constraints": { "required": "false", "hidden": "true", "allowedValues": [ { "value": "eu", "text": "Europe" } ] } }, "metadata": { "sourceType": "AzureActiveDirectoryTenant" } }
            }
            """);
        using var folder = new ConnectorFolder("NoDefinitions", Samples.Swagger("{}"), properties);

        var yaml = folder.ImportExactly();

        Assert.Contains("auth:\n  type: oauth2\n  securityName: null\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  customParameters: {}\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    hidden: \"true\"\n    allowedValues: {eu: Europe}\n    sourceType: AzureActiveDirectoryTenant\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("extensions", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void An_operations_own_security_becomes_its_security_key()
    {
        const string paths = """
            {
              "/items": {
                "get": { "summary": "List items", "description": "Lists the items.", "operationId": "ListItems", "responses": { "200": { "description": "OK" } }, "security": [ { "api_key": [] } ] },
                "post": { "summary": "Add an item", "description": "Adds an item.", "operationId": "AddItem", "responses": { "200": { "description": "OK" } }, "security": [ { "api_key": [], "oauth": ["write"] }, {} ] },
                "delete": { "summary": "Clear items", "description": "Clears the items.", "operationId": "ClearItems", "responses": { "200": { "description": "OK" } }, "security": [] }
              }
            }
            """;
        using var folder = new ConnectorFolder("OperationSecurity", Samples.Swagger(paths));

        var yaml = folder.ImportExactly();

        Assert.Contains("    security: [api_key]\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    security:\n    - api_key: []\n      oauth: [write]\n    - {}\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    security: []\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("extensions", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_security_definition_without_its_connection_parameter_is_an_auth_without_a_parameter_name()
    {
        const string properties = """{ "properties": { "connectionParameters": {}, "iconBrandColor": "#007ee5", "capabilities": [] } }""";
        using var folder = new ConnectorFolder("NoParameter", Samples.Swagger("{}", Samples.SecurityRequirements("[ { \"API Key\": [] } ]"), """{ "API Key": { "type": "apiKey", "in": "header", "name": "X-Key" } }"""), properties);

        var yaml = folder.ImportExactly();

        Assert.Contains("auth:\n  type: apiKey\n  securityName: API Key\n  parameterName: null\n  keyName: X-Key\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("extensions", yaml, StringComparison.Ordinal);
    }
}
