using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Tests.Loading;

namespace ConnectorKit.Tests.Expansion;

/// <summary>
/// Raw content (extensions, a webhook body's schema keys, raw policy keys, custom parameters, raw paths) wins over what the typed
/// keys generate, and never silently: where it drops or changes what a typed key says, CK2021 at the raw key names the
/// generated key and the YAML it came from. Adding to what the model generates, or restating it, is no finding.
/// </summary>
public sealed class RawOverrideTests
{
    private const string Header = """
        connector: { title: Contoso, description: Contoso's API., version: "1.0", host: api.contoso.com, publisher: Contoso }

        """;

    private const string Hook = """
        actions:
          DeleteHook:
            method: delete
            path: /hooks/{id}
            summary: Delete a subscription
            description: Deletes a subscription.
            parameters: [{ name: id, in: path, type: string }]
        triggers:
          OnOrder:
            summary: When an order is created
            description: Fires when an order is created.
            webhook:
              path: /hooks
              unsubscribe: DeleteHook
              body:
                schema:
                  required: [store, callbackUrl]
            filters:
              store: { type: string, required: true }
              region:
                type: string
                required: REGION
        """;

    [Fact]
    public void A_filter_made_required_that_the_raw_required_list_leaves_out_is_reported_at_the_raw_key_naming_the_filter()
    {
        var yaml = Header + Hook.Replace("REGION", "true", StringComparison.Ordinal);

        var (result, finding) = ExpandWithOneFinding(yaml);

        Assert.Equal(Position(yaml, "required: [store"), finding.Position);
        Assert.Contains("The raw key 'required' overrides the model", finding.Message, StringComparison.Ordinal);
        Assert.Contains("apiDefinition.swagger.json#/paths/~1hooks/post/parameters/0/schema/required/2 it drops \"region\"", finding.Message, StringComparison.Ordinal);
        var regionRequired = Position(yaml, "required: true", last: true);
        Assert.Contains($"which the model writes from connector.yaml({regionRequired.Line},{regionRequired.Column})", finding.Message, StringComparison.Ordinal);

        // The raw list still wins: it is the escape hatch, and the finding says so.
        var schema = result.Definition.ApiDefinition["paths"]!["/hooks"]!["post"]!["parameters"]![0]!["schema"]!;
        Assert.Equal("""["store","callbackUrl"]""", schema["required"]!.ToJsonString());
    }

    [Fact]
    public void A_raw_list_that_keeps_every_generated_name_in_another_order_is_no_finding()
    {
        var result = Expand(Header + Hook.Replace("REGION", "false", StringComparison.Ordinal));

        Assert.DoesNotContain(result.Diagnostics, d => d.Descriptor == DiagnosticCodes.RawOverridesModel);
    }

    public static TheoryData<string, string, string> Overrides => new()
    {
        {
            "an operation's extensions over its typed summary",
            """
            actions:
              ListItems:
                method: get
                path: /items
                summary: List items
                description: Lists the items.
                extensions: { summary: Other items }
            """,
            "changes \"List items\" to \"Other items\""
        },
        {
            "root extensions over the typed host",
            """
            extensions: { host: api.fabrikam.com }
            """,
            "apiDefinition.swagger.json#/host it changes \"api.contoso.com\" to \"api.fabrikam.com\""
        },
        {
            "propertiesExtensions over the typed publisher",
            """
            propertiesExtensions: { publisher: Fabrikam }
            """,
            "apiProperties.json#/properties/publisher it changes \"Contoso\" to \"Fabrikam\""
        },
        {
            "a raw policy key over the typed section",
            """
            policies:
              - template: setheader
                section: Request
                parameters: { name: X-Key, value: "1", existsAction: override, x-ms-apimTemplate-policySection: Response }
            """,
            "x-ms-apimTemplate-policySection it changes \"Request\" to \"Response\""
        },
        {
            "a raw policy key over a short-named parameter",
            """
            policies:
              - template: setheader
                parameters: { name: X-Key, value: "1", existsAction: override, x-ms-apimTemplateParameter.name: X-Other }
            """,
            "x-ms-apimTemplateParameter.name it changes \"X-Key\" to \"X-Other\""
        },
        {
            "a custom parameter over the typed authorization URL",
            """
            auth:
              type: oauth2
              identityProvider: oauth2
              authorizationUrl: https://login.contoso.com/authorize
              tokenUrl: https://login.contoso.com/token
              clientId: "[[client-id]]"
              customParameters: { authorizationUrl: https://login.fabrikam.com/authorize }
            """,
            "customParameters/authorizationUrl/value it changes \"https://login.contoso.com/authorize\" to \"https://login.fabrikam.com/authorize\""
        },
        {
            "a raw path item over a generated one",
            """
            actions:
              ListItems: { method: get, path: /items, summary: List items, description: Lists the items. }
            paths:
              /items: { x-ms-notification-content: { description: Items } }
            """,
            "apiDefinition.swagger.json#/paths/~1items/get it drops 'get'"
        },
        {
            "an auth's oAuthSettings extensions over its typed scopes",
            """
            auth:
              type: oauth2
              identityProvider: aad
              authorizationUrl: https://login.microsoftonline.com/common/oauth2/authorize
              tokenUrl: https://login.microsoftonline.com/common/oauth2/token
              scopes: [Orders.Read, Orders.Write]
              clientId: "[[client-id]]"
              extensions: { scopes: [Orders.Read] }
            """,
            "oAuthSettings/scopes/1 it drops \"Orders.Write\""
        },
    };

    [Theory]
    [MemberData(nameof(Overrides))]
    public void Raw_content_that_drops_or_changes_what_a_typed_key_says_is_reported(string what, string sections, string expected)
    {
        Assert.NotEmpty(what);
        var (_, finding) = ExpandWithOneFinding(Header + sections);

        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Theory]
    [InlineData("actions:\n  ListItems: { method: get, path: /items, summary: List items, description: Lists., extensions: { summary: List items, x-ms-no-generic-test: true } }\n")]
    [InlineData("extensions: { host: api.contoso.com, x-ms-capabilities: { testConnection: { operationId: ListItems } } }\n")]
    [InlineData("auth:\n  type: oauth2\n  identityProvider: aad\n  clientId: \"[[client-id]]\"\n  extensions: { properties: { IsFirstParty: \"True\", AzureActiveDirectoryResourceId: https://contoso.com } }\n")]
    public void Restating_adding_or_replacing_what_no_model_key_says_is_no_finding(string sections)
    {
        var result = Expand(Header + sections);

        Assert.DoesNotContain(result.Diagnostics, d => d.Descriptor == DiagnosticCodes.RawOverridesModel);
    }

    private static ExpansionResult Expand(string yaml) =>
        InMemoryModel.Expand(yaml);

    private static (ExpansionResult Result, Diagnostic Finding) ExpandWithOneFinding(string yaml)
    {
        var result = Expand(yaml);
        return (result, Assert.Single(result.Diagnostics, d => d.Descriptor == DiagnosticCodes.RawOverridesModel));
    }

    private static SourcePosition Position(string yaml, string text, bool last = false)
    {
        var offset = last ? yaml.LastIndexOf(text, StringComparison.Ordinal) : yaml.IndexOf(text, StringComparison.Ordinal);
        Assert.True(offset >= 0, text);
        var lineStart = yaml.LastIndexOf('\n', Math.Max(offset - 1, 0)) + 1;
        return new SourcePosition(Path.Combine(InMemoryModel.Folder, "connector.yaml"), yaml[..offset].Count(c => c == '\n') + 1, offset - lineStart + 1);
    }
}
