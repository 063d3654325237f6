using ConnectorKit.Loading;
using ConnectorKit.Model;
using static ConnectorKit.Tests.Loading.ModelSnippets;

namespace ConnectorKit.Tests.Loading;

/// <summary>What the loader fills in when the model leaves a key out.</summary>
public sealed class ModelLoaderDefaultsTests
{
    private static ConnectorModel Load(string sections)
    {
        var result = TempModelFolder.LoadSingle(Header + sections);
        Assert.Empty(result.Diagnostics);
        return result.Model!;
    }

    [Fact]
    public void ConnectorDefaultsToHttpsAndJson()
    {
        var info = Load(string.Empty).Info;

        Assert.Equal(["https"], info.Schemes);
        Assert.Equal(["application/json"], info.Consumes);
        Assert.Equal(["application/json"], info.Produces);
        Assert.Null(info.Contact);
    }

    [Fact]
    public void MediaTypesWrittenNullAreLeftOutAndAnEmptyListIsWritten()
    {
        var result = TempModelFolder.LoadSingle("connector: { title: Demo, description: A demo., version: \"1.0\", host: null, consumes: null, produces: [] }\n");
        Assert.Empty(result.Diagnostics);
        var swagger = ConnectorKit.Expansion.ModelExpander.Expand(result.Model!).Definition.ApiDefinition;

        Assert.False(swagger.ContainsKey("consumes"));
        Assert.Equal("[]", swagger["produces"]!.ToJsonString());
    }

    [Fact]
    public void CapabilitiesDefaultToAnEmptyListAndAnExplicitNullWritesNoKey()
    {
        Assert.Equal([], Load(string.Empty).Info.Capabilities);

        var result = TempModelFolder.LoadSingle("connector: { title: Demo, description: A demo., version: \"1.0\", host: null, capabilities: null }\n");
        Assert.Empty(result.Diagnostics);
        var expanded = ConnectorKit.Expansion.ModelExpander.Expand(result.Model!).Definition;

        Assert.Equal((null, null), (result.Model!.Info.Host, result.Model.Info.Capabilities));
        Assert.False(expanded.ApiDefinition.ContainsKey("host"));
        Assert.False(expanded.Properties.Properties!.ContainsKey("capabilities"));
    }

    [Theory]
    [InlineData("apiKey", AuthKind.ApiKey, "api_key", "api_key", null)]
    [InlineData("basic", AuthKind.Basic, "basic_auth", "username", null)]
    [InlineData("oauth2", AuthKind.OAuth2, "oauth2-auth", "token", "accessCode")]
    public void AuthNamesDefaultPerKind(string type, AuthKind kind, string securityName, string parameterName, string? flow)
    {
        var auth = Load($"auth:\n  type: {type}\n").Auth!;

        Assert.Equal((kind, securityName, parameterName, flow), (auth.Kind, auth.SecurityName, auth.ParameterName, auth.Flow));
    }

    [Fact]
    public void WrittenAuthNamesWin()
    {
        var auth = Load("auth: { type: apiKey, securityName: key, parameterName: apiKey, keyName: X-Key, in: query }\n").Auth!;

        Assert.Equal(("key", "apiKey", "X-Key", "query"), (auth.SecurityName, auth.ParameterName, auth.KeyName, auth.KeyLocation));
    }

    [Fact]
    public void ParameterNameDefaultsToKeyAndPathParametersAreRequired()
    {
        var parameters = Load("parameters:\n  dataset: { in: path, required: false }\n  top: { in: query }\n  skip: { name: $skip, in: query, required: true }\n").Parameters;

        Assert.Equal(
            [("dataset", "dataset", true), ("top", "top", false), ("skip", "$skip", true)],
            parameters.Select(p => (p.Key, p.Name, p.Required)));
    }

    [Fact]
    public void WebhookAndPollingDefaults()
    {
        var triggers = Load("""
            triggers:
              OnHook:
                summary: s
                description: d
                webhook: { path: /hooks, unsubscribe: DeleteHook }
              OnPoll:
                summary: s
                description: d
                polling: { path: /items }
              OnCustomHook:
                summary: s
                description: d
                webhook: { path: /hooks2, unsubscribe: DeleteHook, callbackProperty: notificationUrl }
            """).Triggers;

        Assert.Equal("callbackUrl", triggers[0].Webhook!.CallbackProperty);
        Assert.Equal(("get", "batch"), (triggers[1].Polling!.Method, triggers[1].Polling!.Kind));
        Assert.Equal("notificationUrl", triggers[2].Webhook!.CallbackProperty);
        Assert.Equal("DeleteHook", triggers[0].Webhook!.Unsubscribe.Name);
    }

    [Fact]
    public void PolicyWithoutParametersHasAnEmptyObject()
    {
        var policy = Assert.Single(Load("policies:\n  - template: setheader\n").Policies);

        Assert.Equal("{}", policy.Parameters.Value?.ToJsonString());
        Assert.Empty(policy.Operations);
    }

    [Fact]
    public void ConnectionParameterSetsAreRead()
    {
        var sets = Load("""
            connectionParameterSets:
              displayName: Authentication type
              sets:
                - name: oauth
                  displayName: Sign in
                  auth: { type: oauth2, identityProvider: aad }
                - name: key
                  auth: { type: apiKey, keyName: X-Key, in: header }
                  parameters:
                    region: { type: string, default: eu }
            """).ConnectionParameterSets!;

        Assert.Equal("Authentication type", sets.DisplayName);
        Assert.Equal(["oauth", "key"], sets.Sets.Select(s => s.Name));
        Assert.Equal(AuthKind.OAuth2, sets.Sets[0].Auth?.Kind);
        var region = Assert.Single(sets.Sets[1].Parameters);
        Assert.Equal(("region", "\"eu\""), (region.Name, region.Default?.ToJsonString()));
    }
}
