using ConnectorKit.Diagnostics;
using ConnectorKit.Model;
using static ConnectorKit.Tests.Loading.ModelSnippets;

namespace ConnectorKit.Tests.Loading;

/// <summary>The auth keys beyond type and endpoints: requirement, security description, constraints, OAuth properties.</summary>
public sealed class AuthReaderTests
{
    private static AuthModel Load(string auth)
    {
        var result = TempModelFolder.LoadSingle(Header + "auth:\n" + auth);
        Assert.Empty(result.Diagnostics);
        return result.Model!.Auth!;
    }

    [Fact]
    public void The_requirement_lists_no_scopes_by_default()
    {
        Assert.Equal([], Load("  type: oauth2\n  scopes: [read]\n").RequiredScopes);
    }

    [Theory]
    [InlineData("none", null)]
    [InlineData("scopes", new[] { "read", "write" })]
    [InlineData("[write]", new[] { "write" })]
    public void Requirement_says_none_the_auths_scopes_or_a_list(string requirement, string[]? scopes)
    {
        var auth = Load($"  type: oauth2\n  requirement: {requirement}\n  scopes: [read, write]\n");

        Assert.Equal(scopes, auth.RequiredScopes);
    }

    [Fact]
    public void An_unknown_requirement_word_is_an_error_at_the_value()
    {
        var result = TempModelFolder.LoadSingle(Header + "auth:\n  type: apiKey\n  requirement: always\n");

        var diagnostic = LoadAssert.Single(result, DiagnosticCodes.InvalidValue.Code, 8, 16);
        Assert.Contains("none, scopes", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constraints_security_description_and_oauth_properties_are_read()
    {
        var auth = Load("""
              type: oauth2
              securityDescription: Sign in with Contoso.
              tabIndex: 2
              clearText: false
              firstParty: null
              resourceId: https://contoso.com
              onBehalfOfLogin: true

            """);

        Assert.Equal(("Sign in with Contoso.", 2, false), (auth.SecurityDescription, auth.TabIndex, auth.ClearText));
        Assert.Equal((null, "https://contoso.com", true), (auth.FirstParty, auth.ResourceId, auth.OnBehalfOfLogin));
        Assert.Equal(false, Load("  type: oauth2\n").FirstParty);
    }

    [Fact]
    public void A_tab_index_that_is_not_a_number_is_an_error_at_the_value()
    {
        var result = TempModelFolder.LoadSingle(Header + "auth:\n  type: apiKey\n  tabIndex: first\n");

        LoadAssert.Single(result, DiagnosticCodes.WrongType.Code, 8, 13);
    }

    [Fact]
    public void Scopes_may_be_described_or_null_and_sign_in_scopes_stand_apart()
    {
        var described = Load("  type: oauth2\n  scopes: {api: The API}\n  signInScopes: [api, offline_access]\n");
        var none = Load("  type: oauth2\n  scopes: null\n  securityName: null\n");

        Assert.Equal(["api"], described.Scopes);
        Assert.Equal([KeyValuePair.Create("api", "The API")], described.DefinitionScopes);
        Assert.Equal(["api", "offline_access"], described.SignInScopes);
        Assert.Empty(none.Scopes);
        Assert.Null(none.DefinitionScopes);
        Assert.False(none.Defined);
    }

    [Fact]
    public void A_scope_described_by_a_mapping_is_an_error_at_the_value()
    {
        var result = TempModelFolder.LoadSingle(Header + "auth:\n  type: oauth2\n  scopes:\n    api: {text: API}\n");

        LoadAssert.Single(result, DiagnosticCodes.WrongType.Code, 9, 10);
    }

    [Fact]
    public void An_operations_security_reads_names_and_mappings_of_scopes()
    {
        var result = TempModelFolder.LoadSingle(Header + """
            actions:
              ListItems:
                get: /items
                summary: List items
                description: Lists the items.
                security: [api_key, {oauth: [read], api_key: []}, {}]

            """);
        Assert.Empty(result.Diagnostics);

        var swagger = ConnectorKit.Expansion.ModelExpander.Expand(result.Model!).Definition.ApiDefinition;
        Assert.Equal("""[{"api_key":[]},{"oauth":["read"],"api_key":[]},{}]""", swagger["paths"]!["/items"]!["get"]!["security"]!.ToJsonString());
    }

    [Fact]
    public void Scopes_of_an_operations_security_that_are_not_a_list_are_an_error_at_the_value()
    {
        var result = TempModelFolder.LoadSingle(Header + "actions:\n  ListItems:\n    get: /items\n    summary: s\n    description: d\n    security: [{oauth: read}]\n");

        LoadAssert.Single(result, DiagnosticCodes.WrongType.Code, 11, 24);
    }

    [Fact]
    public void Other_auths_are_security_definitions_named_by_their_key_without_a_parameter()
    {
        var result = TempModelFolder.LoadSingle(Header + """
            auth: {type: apiKey, securityName: header}
            otherAuths:
              query:
                type: apiKey
                requirement: none
                keyName: key
                in: query

            """);
        Assert.Empty(result.Diagnostics);

        var other = Assert.Single(result.Model!.OtherAuths);
        Assert.Equal(("query", false, AuthKind.ApiKey, "query", null), (other.SecurityName, other.WithParameter, other.Kind, other.KeyLocation, other.RequiredScopes));
    }

    [Fact]
    public void An_other_auth_takes_no_connection_parameter_keys()
    {
        var result = TempModelFolder.LoadSingle(Header + "otherAuths:\n  query:\n    type: apiKey\n    parameterName: key\n");

        LoadAssert.Single(result, DiagnosticCodes.UnknownKey.Code, 9, 5);
    }

    [Fact]
    public void An_other_auth_of_the_auths_security_name_is_an_error_at_it()
    {
        var result = TempModelFolder.LoadSingle(Header + "auth: {type: apiKey}\notherAuths:\n  api_key: {type: basic}\n");

        var diagnostic = LoadAssert.Single(result, DiagnosticCodes.DuplicateDefinition.Code, 8, 3);
        Assert.Contains("'api_key'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_security_section_reads_the_root_requirements()
    {
        var result = TempModelFolder.LoadSingle(Header + "auth: {type: apiKey}\nsecurity:\n- defaultAuth\n- {api_key: [], partner: [read]}\n");
        Assert.Empty(result.Diagnostics);

        var security = result.Model!.Security!;
        Assert.Equal(["defaultAuth", "api_key,partner"], security.Select(r => string.Join(',', r.Schemes.Select(s => s.Key))));
        Assert.Equal(["read"], security[1].Schemes[1].Value);
    }

    [Fact]
    public void A_requirement_beside_the_security_section_is_an_error_at_the_requirement()
    {
        var result = TempModelFolder.LoadSingle(Header + "auth:\n  type: apiKey\n  requirement: none\nsecurity: [api_key]\n");

        LoadAssert.Single(result, DiagnosticCodes.InvalidValue.Code, 8, 3);
    }

    [Fact]
    public void A_security_section_that_is_no_list_is_an_error_at_the_value()
    {
        var result = TempModelFolder.LoadSingle(Header + "security: api_key\n");

        LoadAssert.Single(result, DiagnosticCodes.WrongType.Code, 6, 11);
    }

    [Fact]
    public void The_auth_parameters_required_hidden_and_settings_scopes_are_read()
    {
        var auth = Load("  type: oauth2\n  required: false\n  hidden: true\n  signInScopes: null\n");

        Assert.Equal((false, "true", false), (auth.Required, auth.Hidden!.ToJsonString(), auth.WithSignInScopes));
        var plain = Load("  type: oauth2\n");
        Assert.Equal((true, null, true), (plain.Required, plain.Hidden, plain.WithSignInScopes));
    }
}
