namespace ConnectorKit.Tests.Import;

/// <summary>A connection parameter's own value list and a boolean required constraint import as typed keys.</summary>
public sealed class ConnectionParameterImportTests
{
    [Fact]
    public void Bare_allowed_values_and_a_boolean_required_are_values_and_required_flag()
    {
        const string properties = """
            {
              "properties": {
                "connectionParameters": {
                  "grantType": {
                    "type": "string", "allowedValues": [ { "value": "code" }, { "value": "client_credentials" } ],
                    "uiDefinition": { "displayName": "Grant type", "constraints": { "tabIndex": 2, "required": true } }
                  }
                },
                "iconBrandColor": "#007ee5", "capabilities": []
              }
            }
            """;
        using var folder = new ConnectorFolder("GrantType", Samples.Swagger("{}"), properties);

        var yaml = folder.ImportExactly();

        Assert.Contains("    requiredFlag: true\n    tabIndex: 2\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    values: [code, client_credentials]\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("extensions", yaml, StringComparison.Ordinal);
    }
}
