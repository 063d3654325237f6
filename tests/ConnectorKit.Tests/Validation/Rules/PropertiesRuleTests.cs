using ConnectorKit.Validation;

namespace ConnectorKit.Tests.Validation.Rules;

/// <summary>The apiProperties rules leave alone what certified connectors show the platform accepts.</summary>
public class PropertiesRuleTests
{
    [Fact]
    public void A_client_id_may_be_empty_or_come_from_a_connection_parameter()
    {
        var empty = SampleConnector.ApiProperties.Replace("\"clientId\": \"[[client-id]]\",", "\"clientId\": \"\",", StringComparison.Ordinal);
        var userApp = SampleConnector.ApiProperties
            .Replace("\"clientId\": \"[[client-id]]\",", string.Empty, StringComparison.Ordinal)
            .Replace("\"region\": {", "\"token:ClientId\": { \"type\": \"string\", \"uiDefinition\": { \"displayName\": \"Client ID\", \"description\": \"Your app's client id.\" } },\n      \"region\": {", StringComparison.Ordinal);
        var missing = SampleConnector.ApiProperties.Replace("\"clientId\": \"[[client-id]]\",", string.Empty, StringComparison.Ordinal);

        Assert.Empty(Findings(empty, "CkOAuthSettingMissing"));
        Assert.Empty(Findings(userApp, "CkOAuthSettingMissing"));
        Assert.Single(Findings(missing, "CkOAuthSettingMissing"));
    }

    [Fact]
    public void Azure_AD_takes_its_resource_from_the_AzureActiveDirectoryResourceId_property_too()
    {
        var properties = SampleConnector.ApiProperties
            .Replace(", \"resourceUri\": { \"value\": \"https://contoso.example.com\" }", string.Empty, StringComparison.Ordinal)
            .Replace("\"scopes\": [],", "\"scopes\": [], \"properties\": { \"AzureActiveDirectoryResourceId\": \"https://contoso.example.com\" },", StringComparison.Ordinal);

        Assert.Empty(Findings(properties, "CkOAuthSettingMissing"));
    }

    [Fact]
    public void Connection_parameter_references_match_ignoring_case()
    {
        var properties = SampleConnector.ApiProperties.Replace("@connectionParameters('region')", "@connectionParameters('Region')", StringComparison.Ordinal);

        Assert.Empty(Findings(properties, "CkConnectionParameterUnknown"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[[DUMMY]]")]
    [InlineData("<your client secret>")]
    [InlineData("{clientSecret}")]
    [InlineData("dummy")]
    public void Placeholders_are_not_literal_secrets(string value) => Assert.True(ConnectorKit.Validation.Rules.Properties.CkSecretLiteral.IsPlaceholder(value));

    private static IEnumerable<ConnectorKit.Diagnostics.Diagnostic> Findings(string apiProperties, string code)
    {
        using var folder = new ConnectorFolder(apiProperties: apiProperties, script: null);
        return folder.Validate().Where(d => d.Code == code).ToList();
    }
}
