using System.Text.Json.Nodes;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using static ConnectorKit.Tests.Loading.ModelSnippets;

namespace ConnectorKit.Tests.Loading;

/// <summary>The connector section's listing keys: read, expanded where the platform reads them, checked.</summary>
public sealed class ConnectorListingLoadTests
{
    [Fact]
    public void Listing_keys_expand_into_info_and_the_swagger_root()
    {
        var result = TempModelFolder.LoadSingle(Header + """
              termsOfService: https://example.com/terms
              license: { name: MIT, url: https://example.com/license }
              keywords: [demo]
              deploymentVersion: 2.0.0
              publishedToCopilots:
              - name: Sales Copilot
              externalDocs: { url: https://example.com/docs }
              testConnection: GetItems
              openAiManifest: { humanName: Demo, legalUrl: https://example.com/legal }
              openApiComponents: { parameters: {} }
              emptyPaths: [/legacy]

            """);

        Assert.Empty(result.Diagnostics);
        var swagger = ModelExpander.Expand(result.Model!).Definition.ApiDefinition;
        Assert.Equal(
            JsonNode.Parse("""
                {
                  "title": "Demo", "description": "A demo.", "version": "1.0",
                  "termsOfService": "https://example.com/terms",
                  "license": { "name": "MIT", "url": "https://example.com/license" }, "x-ms-keywords": ["demo"],
                  "x-ms-deployment-version": "2.0.0",
                  "x-ms-openai-published-to-copilots": [{ "AICopilot-enabled": true, "AICopilotName": "Sales Copilot" }]
                }
                """)!.ToJsonString(),
            swagger["info"]!.ToJsonString());
        Assert.Equal("""{"url":"https://example.com/docs"}""", swagger["externalDocs"]!.ToJsonString());
        Assert.Equal("""{"testConnection":{"operationId":"GetItems"}}""", swagger["x-ms-capabilities"]!.ToJsonString());
        Assert.Equal(
            """{"humanName":"Demo","legalUrl":"https://example.com/legal"}""",
            swagger["x-ms-openai-manifest"]!.ToJsonString());
        Assert.Equal("""{"parameters":{}}""", swagger["x-components"]!.ToJsonString());
        Assert.Equal("{}", swagger["paths"]?["/legacy"]?.ToJsonString());
    }

    [Fact]
    public void Metadata_names_give_the_entries_their_spelling_and_order()
    {
        var result = TempModelFolder.LoadSingle(Header + """
              website: https://example.com
              privacyPolicy: https://example.com/privacy
              metadata: { Security policy: https://example.com/security }
              metadataNames: [Security policy, Privacy Policy]

            """);

        Assert.Empty(result.Diagnostics);
        var metadata = ModelExpander.Expand(result.Model!).Definition.ApiDefinition["x-ms-connector-metadata"]!;
        Assert.Equal(
            ["Security policy", "Privacy Policy", "Website"],
            metadata.AsArray().Select(e => e?["propertyName"].StringOrNull()));
    }

    [Fact]
    public void A_metadata_name_that_names_no_entry_is_reported_at_the_name()
    {
        var result = TempModelFolder.LoadSingle(Header + "  metadataNames: [Website, Terms]\n");

        var diagnostic = LoadAssert.Single(result, "CK1005", 6, 28);
        Assert.Contains("'Terms' in metadataNames", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_metadata_entry_that_is_no_text_is_reported_at_the_value_and_left_out()
    {
        var result = TempModelFolder.LoadSingle(Header + "  metadata: { Security policy: [a], Support: help }\n");

        var diagnostic = LoadAssert.Single(result, "CK1003", 6, 32);
        Assert.Contains("'Security policy' of 'metadata'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(["Support"], result.Model!.Info.Metadata.Select(e => e.Name));
    }

    [Fact]
    public void A_license_without_a_name_and_copilots_as_a_scalar_are_reported_where_written()
    {
        var result = TempModelFolder.LoadSingle(
            Header + "  license: { url: https://example.com }\n  publishedToCopilots: yes\n");

        Assert.Equal([("CK1004", 6, 12), ("CK1003", 7, 24)], LoadAssert.Places(result));
    }
}
