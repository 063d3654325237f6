namespace ConnectorKit.Tests.Import;

/// <summary>
/// A connection parameter's own value list and a boolean required constraint import as typed keys; so do the OAuth
/// parameters of sets, as set auths.
/// </summary>
public sealed class ConnectionParameterImportTests
{
    [Fact]
    public void Bare_allowed_values_and_a_boolean_required_are_values_and_required_flag()
    {
        var properties = Samples.PropertiesWith("""
            {
              "grantType": {
                "type": "string", "allowedValues": [ { "value": "code" }, { "value": "client_credentials" } ],
                "uiDefinition": { "displayName": "Grant type", "constraints": { "tabIndex": 2, "required": true } }
              }
            }
            """);
        using var folder = new ConnectorFolder("GrantType", Samples.Swagger("{}"), properties);

        var yaml = folder.ImportExactly();

        Assert.Contains("    requiredFlag: true\n    tabIndex: 2\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    values: [code, client_credentials]\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("extensions", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Oauth_parameters_of_sets_without_security_definitions_are_set_auths_that_write_none()
    {
        const string properties = """
            {
              "properties": {
                "connectionParameterSets": {
                  "uiDefinition": { "displayName": "Environment" },
                  "values": [
                    { "name": "prod", "uiDefinition": { "displayName": "Production" }, "parameters": { "token": { "type": "oauthSetting",
                      "oAuthSettings": { "identityProvider": "oauth2generic", "redirectMode": "GlobalPerConnector", "customParameters": { "tokenUrlTemplate": { "value": "https://t" } } },
                      "uiDefinition": { "displayName": "Sign in", "constraints": { "required": "false", "hidden": "false" } } } } }
                  ]
                },
                "iconBrandColor": "#007ee5", "capabilities": []
              }
            }
            """;
        using var folder = new ConnectorFolder("UndefinedSetAuth", Samples.Swagger("{}"), properties);

        var yaml = folder.ImportExactly();

        Assert.Contains("    auth:\n      type: oauth2\n      securityName: null\n      displayName: Sign in\n      required: false\n      hidden: \"false\"\n", yaml, StringComparison.Ordinal);
        Assert.Contains("      signInScopes: null\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("extensions", yaml, StringComparison.Ordinal);
    }
}
