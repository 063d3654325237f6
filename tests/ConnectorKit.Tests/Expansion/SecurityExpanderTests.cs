using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Expansion;
using ConnectorKit.Tests.Loading;
using static ConnectorKit.Tests.Loading.ModelSnippets;

namespace ConnectorKit.Tests.Expansion;

/// <summary>What the auth's requirement, security description, constraints and OAuth properties expand to.</summary>
public sealed class SecurityExpanderTests
{
    private static ConnectorDefinition Expand(string sections, string connectorKeys = "")
    {
        var result = TempModelFolder.LoadSingle(Header + connectorKeys + sections);
        Assert.Empty(result.Diagnostics);
        return ModelExpander.Expand(result.Model!).Definition;
    }

    private static string? Security(ConnectorDefinition definition) => definition.ApiDefinition["security"]?.ToJsonString();

    [Theory]
    [InlineData("", """[{"oauth2-auth":[]}]""")]
    [InlineData("  requirement: scopes\n", """[{"oauth2-auth":["read","write"]}]""")]
    [InlineData("  requirement: [write]\n", """[{"oauth2-auth":["write"]}]""")]
    [InlineData("  requirement: none\n", null)]
    public void The_requirement_says_how_security_lists_the_auth(string requirement, string? security)
    {
        var definition = Expand("auth:\n  type: oauth2\n" + requirement + "  scopes: [read, write]\n");

        Assert.Equal(security, Security(definition));
    }

    [Fact]
    public void Empty_security_writes_an_empty_requirement_list()
    {
        const string empty = "  empty: [security]\n";
        Assert.Equal("[]", Security(Expand("auth:\n  type: apiKey\n  requirement: none\n", empty)));
        Assert.Equal("[]", Security(Expand(string.Empty, empty)));
        Assert.Null(Security(Expand(string.Empty)));
    }

    [Fact]
    public void The_security_description_ends_the_security_definition()
    {
        var definition = Expand("auth:\n  type: apiKey\n  securityDescription: The key.\n  keyName: X-Key\n");

        Assert.Equal("""{"type":"apiKey","in":"header","name":"X-Key","description":"The key."}""",
            definition.ApiDefinition["securityDefinitions"]!["api_key"]!.ToJsonString());
    }

    [Fact]
    public void Tab_index_and_clear_text_join_required_in_the_auth_parameters_constraints()
    {
        var definition = Expand("auth:\n  type: apiKey\n  tabIndex: 2\n  clearText: false\n");

        Assert.Equal("""{"required":"true","tabIndex":2,"clearText":false}""",
            definition.Properties.ConnectionParameters!["api_key"]!["uiDefinition"]!["constraints"]!.ToJsonString());
    }

    [Theory]
    [InlineData("", """{"IsFirstParty":"False"}""")]
    [InlineData("  firstParty: true\n  onBehalfOfLogin: false\n", """{"IsFirstParty":"True","IsOnbehalfofLoginSupported":false}""")]
    [InlineData("  firstParty: null\n  resourceId: https://r\n", """{"AzureActiveDirectoryResourceId":"https://r"}""")]
    [InlineData("  firstParty: null\n", null)]
    public void Oauth_properties_are_written_from_the_typed_keys(string keys, string? properties)
    {
        var definition = Expand("auth:\n  type: oauth2\n  identityProvider: aad\n" + keys);

        Assert.Equal(properties, definition.Properties.ConnectionParameters!["token"]!["oAuthSettings"]!["properties"]?.ToJsonString());
    }

    [Fact]
    public void A_connection_parameter_named_like_a_basic_auths_replaces_the_generated_one()
    {
        var definition = Expand("auth: {type: basic}\nconnectionParameters:\n  username: {type: securestring, displayName: Account, required: true, tabIndex: 1}\n");
        var parameters = definition.Properties.ConnectionParameters!;

        Assert.Equal("""{"type":"securestring","uiDefinition":{"displayName":"Account","constraints":{"required":"true","tabIndex":1}}}""",
            parameters["username"]!.ToJsonString());
        Assert.Equal("Password", parameters["password"]!["uiDefinition"]!["displayName"]!.GetValue<string>());
    }

    [Fact]
    public void Described_scopes_go_to_the_definition_and_sign_in_scopes_to_the_settings()
    {
        var definition = Expand("auth:\n  type: oauth2\n  identityProvider: aad\n  scopes: {api: The API}\n  signInScopes: []\n  customParameters: {}\n");
        var settings = definition.Properties.ConnectionParameters!["token"]!["oAuthSettings"]!;

        Assert.Equal("""{"api":"The API"}""", definition.ApiDefinition["securityDefinitions"]!["oauth2-auth"]!["scopes"]!.ToJsonString());
        Assert.Equal("[]", settings["scopes"]!.ToJsonString());
        Assert.Equal("{}", settings["customParameters"]!.ToJsonString());
    }

    [Fact]
    public void An_auth_without_a_security_name_writes_only_its_connection_parameter()
    {
        var definition = Expand("auth:\n  type: oauth2\n  securityName: null\n  scopes: null\n");

        Assert.Equal("{}", definition.ApiDefinition["securityDefinitions"]!.ToJsonString());
        Assert.Null(Security(definition));
        Assert.Equal("oauthSetting", definition.Properties.ConnectionParameters!["token"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void An_auth_without_a_parameter_name_writes_only_its_security_definition()
    {
        var definition = Expand("auth:\n  type: basic\n  parameterName: null\n");

        Assert.Equal("""{"basic_auth":{"type":"basic"}}""", definition.ApiDefinition["securityDefinitions"]!.ToJsonString());
        Assert.Equal("""[{"basic_auth":[]}]""", Security(definition));
        Assert.Equal("{}", definition.Properties.ConnectionParameters!.ToJsonString());
    }

    [Fact]
    public void Other_auths_write_their_definitions_and_follow_the_auth_in_security()
    {
        var definition = Expand("""
            auth: {type: apiKey, securityName: header, keyName: X-Key}
            otherAuths:
              query: {type: apiKey, keyName: key, in: query}
              oauth:
                type: oauth2
                requirement: none
                authorizationUrl: https://a
                tokenUrl: https://t
                scopes: [read]

            """);

        Assert.Equal("""
            {"header":{"type":"apiKey","in":"header","name":"X-Key"},"query":{"type":"apiKey","in":"query","name":"key"},"oauth":{"type":"oauth2","flow":"accessCode","authorizationUrl":"https://a","tokenUrl":"https://t","scopes":{"read":"read"}}}
            """, definition.ApiDefinition["securityDefinitions"]!.ToJsonString());
        Assert.Equal("""[{"header":[]},{"query":[]}]""", Security(definition));
        Assert.Equal(["api_key"], definition.Properties.ConnectionParameters!.Select(p => p.Key));
    }

    [Theory]
    [InlineData("security: [defaultAuth]\n", """[{"defaultAuth":[]}]""")]
    [InlineData("security:\n- {api_key: [], partner: [read]}\n", """[{"api_key":[],"partner":["read"]}]""")]
    [InlineData("security: []\n", "[]")]
    public void The_security_section_is_written_as_given(string section, string security)
    {
        Assert.Equal(security, Security(Expand("auth: {type: apiKey}\n" + section)));
    }

    [Fact]
    public void Required_false_and_hidden_go_into_the_auth_parameters_constraints()
    {
        var definition = Expand("auth:\n  type: oauth2\n  displayName: Sign in\n  required: false\n  hidden: \"false\"\n  signInScopes: null\n");
        var token = definition.Properties.ConnectionParameters!["token"]!;

        Assert.Equal("""{"required":"false","hidden":"false"}""", token["uiDefinition"]!["constraints"]!.ToJsonString());
        Assert.False(token["oAuthSettings"]!.AsObject().ContainsKey("scopes"));
    }
}
