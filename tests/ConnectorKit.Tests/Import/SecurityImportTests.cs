namespace ConnectorKit.Tests.Import;

/// <summary>
/// Several security definitions import as the auth and <c>otherAuths:</c>; a root requirement the auths cannot say
/// (definitions together, a name no definition has) as <c>security:</c>; nothing stays raw.
/// </summary>
public sealed class SecurityImportTests
{
    private static readonly string KeyProperties = Samples.PropertiesWith("""
        {
          "api_key": { "type": "securestring", "uiDefinition": { "displayName": "Key", "description": "Your key.", "constraints": { "required": "true" } } }
        }
        """);

    [Fact]
    public void A_second_definition_is_an_other_auth_listed_in_the_order_of_security()
    {
        const string securityDefinitions = """
            { "query": { "type": "apiKey", "in": "query", "name": "key" }, "header": { "type": "apiKey", "in": "header", "name": "X-Key" } }
            """;
        using var folder = new ConnectorFolder("TwoKeys",
            Samples.Swagger("{}", Samples.SecurityRequirements("[ { \"header\": [] }, { \"query\": [] } ]"), securityDefinitions), KeyProperties);

        var yaml = folder.ImportExactly();

        Assert.Contains("auth:\n  type: apiKey\n  securityName: header\n", yaml, StringComparison.Ordinal);
        Assert.Contains("otherAuths:\n  query:\n    type: apiKey\n    keyName: key\n    in: query\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("extensions", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("security:", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_definition_security_does_not_list_says_requirement_none()
    {
        const string securityDefinitions = """
            { "api_key": { "type": "apiKey", "in": "header", "name": "X-Key" }, "spare": { "type": "basic" } }
            """;
        using var folder = new ConnectorFolder("SpareBasic",
            Samples.Swagger("{}", Samples.SecurityRequirements("[ { \"api_key\": [] } ]"), securityDefinitions), KeyProperties);

        var yaml = folder.ImportExactly();

        Assert.Contains("otherAuths:\n  spare:\n    type: basic\n    requirement: none\n", yaml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[ { \"defaultAuth\": [] } ]", "security: [defaultAuth]\n")]
    [InlineData("[ { \"api_key\": [], \"partner\": [] } ]", "security:\n- api_key: []\n  partner: []\n")]
    public void A_requirement_the_auth_cannot_say_is_the_security_section(string security, string expected)
    {
        const string securityDefinitions = """{ "api_key": { "type": "apiKey", "in": "header", "name": "X-Key" } }""";
        using var folder = new ConnectorFolder("OddSecurity",
            Samples.Swagger("{}", Samples.SecurityRequirements(security), securityDefinitions), KeyProperties);

        var yaml = folder.ImportExactly();

        Assert.Contains(expected, yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("requirement", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("extensions", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sets_definition_is_its_sets_auth_and_a_requirement_of_an_undefined_name_the_security_section()
    {
        const string securityDefinitions = """
            { "oauth2-auth": { "type": "oauth2", "flow": "accessCode", "authorizationUrl": "https://a", "tokenUrl": "https://t", "scopes": { "all": "all" } } }
            """;
        const string properties = """
            {
              "properties": {
                "connectionParameters": { "email": { "type": "string", "uiDefinition": { "displayName": "Email", "constraints": { "required": "true" } } } },
                "connectionParameterSets": {
                  "uiDefinition": { "displayName": "Authentication type" },
                  "values": [
                    { "name": "basic", "uiDefinition": { "displayName": "Email" }, "parameters": { "email": { "type": "string", "uiDefinition": { "displayName": "Email", "constraints": { "required": "true" } } } } },
                    { "name": "oauth", "uiDefinition": { "displayName": "OAuth" }, "parameters": { "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "aad", "scopes": ["all"], "properties": { "IsFirstParty": "False" } } } } }
                  ]
                },
                "iconBrandColor": "#007ee5", "capabilities": []
              }
            }
            """;
        using var folder = new ConnectorFolder("SetSecurity",
            Samples.Swagger("{}", Samples.SecurityRequirements("[ { \"basic_auth\": [\"Email\"] }, { \"oauth2-auth\": [\"all\"] } ]"), securityDefinitions), properties);

        var yaml = folder.ImportExactly();

        Assert.Contains("  - name: oauth\n    displayName: OAuth\n    auth:\n      type: oauth2\n      identityProvider: aad\n", yaml, StringComparison.Ordinal);
        Assert.Contains("security:\n- basic_auth: [Email]\n- oauth2-auth: [all]\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("requirement", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("extensions", yaml, StringComparison.Ordinal);
    }
}
