namespace ConnectorKit.Tests.Import;

/// <summary>
/// The connector's listing keys beyond identity (terms, license, keywords, Copilot publishing and manifest, metadata in
/// any spelling and order, external docs, the connection test, leftover components, empty path items, empty policy
/// and script lists) are imported as typed keys, never raw, and regenerate exactly.
/// </summary>
public sealed class ConnectorListingImportTests
{
    private const string EchoPaths = """
        "/echo": { "post": {
          "summary": "Echo", "description": "Echoes.", "operationId": "Echo",
          "responses": { "200": { "description": "OK" } } } }
        """;

    [Fact]
    public void Terms_license_keywords_and_copilot_publishing_of_info_become_typed_keys()
    {
        const string info = """
            "title": "Contoso", "description": "Contoso's API.", "version": "1.0",
            "termsOfService": "https://contoso.com/terms",
            "license": { "name": "MIT", "url": "https://contoso.com/license" },
            "x-ms-keywords": ["orders", "shop"],
            "x-ms-deployment-version": "1.0.0",
            "x-ms-openai-published-to-copilots": { "AICopilot-enabled": true, "AICopilotName": "Sales Copilot" }
            """;

        var yaml = Import(info, string.Empty);

        Assert.Contains("  termsOfService: https://contoso.com/terms\n", yaml, StringComparison.Ordinal);
        Assert.Contains(
            "  license:\n    name: MIT\n    url: https://contoso.com/license\n  keywords: [orders, shop]\n" +
            "  deploymentVersion: 1.0.0\n  publishedToCopilots:\n    name: Sales Copilot\n    enabled: true\n",
            yaml,
            StringComparison.Ordinal);
        Assert.DoesNotContain("extensions", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Metadata_in_another_spelling_and_order_with_a_further_entry_keeps_typed_keys_and_names_the_order()
    {
        const string more = """
            ,
              "x-ms-connector-metadata": [
                { "propertyName": "Categories", "propertyValue": "Data" },
                { "propertyName": "Website", "propertyValue": "https://contoso.com" },
                { "propertyName": "Security policy", "propertyValue": "https://contoso.com/security" },
                { "propertyName": "Privacy Policy", "propertyValue": "https://contoso.com/privacy" }
              ]
            """;

        var yaml = Import(Info, more);

        Assert.Contains(
            "  website: https://contoso.com\n  privacyPolicy: https://contoso.com/privacy\n  categories: [Data]\n" +
            "  metadata:\n    Security policy: https://contoso.com/security\n" +
            "  metadataNames:\n  - Categories\n  - Website\n  - Security policy\n  - Privacy Policy\n",
            yaml,
            StringComparison.Ordinal);
        Assert.DoesNotContain("extensions", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void External_docs_connection_test_copilot_manifest_components_and_empty_paths_become_typed_keys()
    {
        const string more = """
            ,
              "externalDocs": { "description": "More about Contoso", "url": "https://contoso.com/docs" },
              "x-ms-capabilities": { "testConnection": { "operationId": "Echo", "parameters": {} } },
              "x-ms-openai-manifest": {
                "humanName": "Contoso", "modelDescription": "Echoes text.", "contactEmail": "help@contoso.com" },
              "x-components": {}
            """;

        var yaml = Import(Info, more, EchoPaths + """, "/legacy": {}""");

        Assert.Contains("  emptyPaths:\n  - /legacy\n", yaml, StringComparison.Ordinal);
        Assert.Contains(
            "  externalDocs:\n    description: More about Contoso\n    url: https://contoso.com/docs\n" +
            "  testConnection:\n    operation: Echo\n    parameters: {}\n" +
            "  openAiManifest:\n    humanName: Contoso\n    modelDescription: Echoes text.\n" +
            "    contactEmail: help@contoso.com\n" +
            "  openApiComponents: {}\n",
            yaml,
            StringComparison.Ordinal);
        Assert.DoesNotContain("extensions", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("\npaths:", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_connection_test_without_parameters_is_its_operation_id()
    {
        var yaml = Import(Info, """, "x-ms-capabilities": { "testConnection": { "operationId": "Echo" } }""");

        Assert.Contains("  testConnection: Echo\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_policy_and_script_operation_lists_and_a_policy_type_are_typed()
    {
        const string properties = """
            { "properties": {
              "connectionParameters": {}, "capabilities": [], "policyTemplateInstances": [], "scriptOperations": [] } }
            """;
        using var folder = new ConnectorFolder("EmptyLists", Samples.Swagger("{" + EchoPaths + "}"), properties);
        folder.WriteText("script.csx", "public class Script : ScriptBase\n{\n}\n");

        var yaml = folder.ImportExactly();

        Assert.Contains("policies: []\n", yaml, StringComparison.Ordinal);
        Assert.Contains("script:\n  file: script.csx\n  operations: []\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("propertiesExtensions", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_type_is_its_own_key()
    {
        const string properties = """
            { "properties": { "connectionParameters": {}, "capabilities": [], "policyTemplateInstances": [
              { "templateId": "setheader", "title": "Accept", "type": "Header",
                "parameters": {
                  "x-ms-apimTemplateParameter.name": "Accept",
                  "x-ms-apimTemplateParameter.value": "application/json" } } ] } }
            """;
        using var folder = new ConnectorFolder("PolicyType", Samples.Swagger("{" + EchoPaths + "}"), properties);

        var yaml = folder.ImportExactly();

        Assert.Contains("- template: setheader\n  title: Accept\n  type: Header\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("propertiesExtensions", yaml, StringComparison.Ordinal);
    }

    private const string Info = """
        "title": "Contoso", "description": "Contoso's API.", "version": "1.0"
        """;

    private static string Import(string info, string more, string paths = EchoPaths)
    {
        var swagger = $$"""
            {
              "swagger": "2.0",
              "info": { {{info}} },
              "host": "api.contoso.com",
              "basePath": "/v1",
              "schemes": ["https"],
              "paths": { {{paths}} },
              "securityDefinitions": {}{{more}}
            }
            """;
        using var folder = new ConnectorFolder("Listing", swagger, Samples.Properties);
        return folder.ImportExactly();
    }
}
