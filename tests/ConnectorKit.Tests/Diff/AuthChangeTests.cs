using ConnectorKit.Diagnostics;
using ConnectorKit.Diff;

namespace ConnectorKit.Tests.Diff;

public class AuthChangeTests
{
    private const string OAuthSecurity = """
        { "oauth2": { "type": "oauth2", "flow": "accessCode", "authorizationUrl": "https://login.example.com/authorize", "tokenUrl": "https://login.example.com/token", "scopes": { "read": "Read" } } }
        """;

    private const string OAuthProperties = """
        {
          "properties": {
            "connectionParameters": {
              "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "aad", "scopes": ["read"] } },
              "region": { "type": "string", "uiDefinition": { "constraints": { "required": "false" } } }
            }
          }
        }
        """;

    [Fact]
    public void Unchanged_authentication_has_no_findings()
    {
        var swagger = Swaggers.With("{}", security: OAuthSecurity);
        using var scenario = new DiffScenario(swagger, swagger, OAuthProperties, OAuthProperties);

        Assert.Empty(scenario.Compare());
    }

    [Fact]
    public void A_changed_security_flow_is_an_error_at_the_new_field()
    {
        var current = Swaggers.With("{}", security: OAuthSecurity.Replace("accessCode", "implicit", StringComparison.Ordinal));
        using var scenario = new DiffScenario(Swaggers.With("{}", security: OAuthSecurity), current);

        var finding = Assert.Single(scenario.Compare());

        Assert.Equal(DiffCodes.AuthChanged.Code, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(DiffScenario.Locate(scenario.NewSwaggerFile, current, "\"flow\""), finding.Position);
        Assert.Contains("from 'accessCode' to 'implicit'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("connection parameter set (multi-auth)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Changed_scopes_and_identity_provider_are_errors_in_apiProperties()
    {
        var swagger = Swaggers.With("{}");
        var current = OAuthProperties.Replace("\"aad\"", "\"oauth2generic\"", StringComparison.Ordinal).Replace("[\"read\"]", "[\"read\", \"write\"]", StringComparison.Ordinal);
        using var scenario = new DiffScenario(swagger, swagger, OAuthProperties, current);

        var findings = scenario.Compare();

        Assert.Equal(
            [
                DiffScenario.Locate(scenario.NewPropertiesFile, current, "\"oAuthSettings\""),
                DiffScenario.Locate(scenario.NewPropertiesFile, current, "\"scopes\""),
            ],
            findings.Select(f => f.Position));
        Assert.All(findings, f => Assert.Equal(DiffCodes.AuthChanged.Code, f.Code));
        Assert.Contains("changed from 'aad' to 'oauth2generic'", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("(added write)", findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_removed_connection_parameter_is_an_error_at_the_old_file()
    {
        var swagger = Swaggers.With("{}");
        var current = OAuthProperties.Replace(
            ",\n      \"region\": { \"type\": \"string\", \"uiDefinition\": { \"constraints\": { \"required\": \"false\" } } }", string.Empty, StringComparison.Ordinal);
        using var scenario = new DiffScenario(swagger, swagger, OAuthProperties, current);

        var finding = Assert.Single(scenario.Compare());

        Assert.Equal(DiffCodes.AuthChanged.Code, finding.Code);
        Assert.Equal(DiffScenario.Locate(scenario.OldPropertiesFile, OAuthProperties, "\"region\""), finding.Position);
    }

    [Fact]
    public void An_added_required_connection_parameter_is_an_error_and_an_optional_one_is_not()
    {
        var swagger = Swaggers.With("{}");
        var current = OAuthProperties.Replace(
            "\"region\":",
            "\"tenant\": { \"type\": \"string\", \"uiDefinition\": { \"constraints\": { \"required\": \"true\" } } },\n      \"label\": { \"type\": \"string\" },\n      \"region\":",
            StringComparison.Ordinal);
        using var scenario = new DiffScenario(swagger, swagger, OAuthProperties, current);

        var finding = Assert.Single(scenario.Compare());

        Assert.Equal(DiffCodes.AuthChanged.Code, finding.Code);
        Assert.Equal(DiffScenario.Locate(scenario.NewPropertiesFile, current, "\"tenant\""), finding.Position);
    }
}
