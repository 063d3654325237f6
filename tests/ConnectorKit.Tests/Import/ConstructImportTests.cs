using ConnectorKit.Tests.Snapshots;

namespace ConnectorKit.Tests.Import;

/// <summary>Each construct is imported as the model writes it, regenerates exactly, and gives the verified YAML.</summary>
public sealed class ConstructImportTests
{
    [Fact]
    public void A_webhook_subscription_is_imported_as_a_webhook_trigger_with_its_filters_and_payload()
    {
        using var folder = new ConnectorFolder("Webhook", Samples.Swagger(Samples.WebhookPaths, Samples.WebhookDefinitions), Samples.Properties);

        var yaml = folder.ImportExactly();

        Assert.Contains("triggers:\n  OnOrderCreated:", yaml, StringComparison.Ordinal);
        Assert.Contains("unsubscribe: DeleteHook", yaml, StringComparison.Ordinal);
        SnapshotAssert.Matches(yaml, "Webhook", "yaml");
    }

    [Fact]
    public void A_polling_trigger_and_its_pollingtrigger_policy_are_imported_typed()
    {
        using var folder = new ConnectorFolder("Polling", Samples.Swagger(Samples.PollingPaths), Samples.PollingProperties);

        var yaml = folder.ImportExactly();

        Assert.Contains("    polling:\n      path: /orders/new", yaml, StringComparison.Ordinal);
        Assert.Contains("- template: pollingtrigger", yaml, StringComparison.Ordinal);
        SnapshotAssert.Matches(yaml, "Polling", "yaml");
    }

    [Fact]
    public void Pickers_dynamic_lists_schemas_and_properties_are_imported_as_pickers_and_dynamic_schemas()
    {
        const string paths = """
            {
              "/items": {
                "get": {
                  "summary": "List items", "description": "Lists items.", "operationId": "ListItems",
                  "parameters": [
                    {
                      "name": "table", "in": "query", "required": true, "type": "string",
                      "x-ms-dynamic-values": { "operationId": "ListTables", "value-collection": "value", "value-path": "name", "value-title": "title", "parameters": { "kind": { "value": "all" } } },
                      "x-ms-dynamic-list": { "operationId": "ListTables", "itemsPath": "value", "itemValuePath": "name", "itemTitlePath": "title", "parameters": { "kind": { "value": "all" } } }
                    },
                    {
                      "name": "filter", "in": "header", "required": false, "type": "string",
                      "x-ms-dynamic-schema": { "operationId": "GetTableSchema", "parameters": { "table": { "parameter": "table" } }, "value-path": "schema" },
                      "x-ms-dynamic-properties": { "operationId": "GetTableSchema", "parameters": { "table": { "parameterReference": "table" } }, "itemValuePath": "schema" }
                    }
                  ],
                  "responses": { "200": { "description": "OK" } }
                },
                "post": {
                  "summary": "Add an item", "description": "Adds an item.", "operationId": "AddItem",
                  "parameters": [
                    { "name": "item", "in": "body", "required": true, "schema": { "type": "object", "x-ms-dynamic-schema": { "operationId": "GetTableSchema", "parameters": { "table": { "value": "items" } }, "value-path": "schema" } } }
                  ],
                  "responses": { "201": { "description": "Created" } }
                }
              },
              "/tables": { "get": { "summary": "List tables", "description": "Lists tables.", "operationId": "ListTables", "x-ms-visibility": "internal", "responses": { "200": { "description": "OK" } } } },
              "/tables/schema": { "get": { "summary": "Table schema", "description": "Gets a table's schema.", "operationId": "GetTableSchema", "x-ms-visibility": "internal", "responses": { "200": { "description": "OK" } } } }
            }
            """;
        using var folder = new ConnectorFolder("Pickers", Samples.Swagger(paths), Samples.Properties);

        var yaml = folder.ImportExactly();

        Assert.DoesNotContain("x-ms-dynamic", yaml, StringComparison.Ordinal);
        SnapshotAssert.Matches(yaml, "Pickers", "yaml");
    }

    [Fact]
    public void Operation_families_revisions_and_enum_display_names_are_imported_typed()
    {
        const string paths = """
            {
              "/v1/report": { "get": {
                "summary": "Get report (V1)", "description": "Gets a report.", "operationId": "GetReport", "deprecated": true, "x-ms-visibility": "internal",
                "x-ms-api-annotation": { "family": "GetReport", "revision": 1 },
                "parameters": [ { "name": "format", "in": "query", "type": "string", "enum": ["csv", "json"], "x-ms-enum-values": [ { "value": "csv", "displayName": "CSV" }, { "value": "json", "displayName": "JSON" } ] } ],
                "responses": { "200": { "description": "OK" } } } },
              "/v2/report": { "get": {
                "summary": "Get report", "description": "Gets a report.", "operationId": "GetReportV2",
                "x-ms-api-annotation": { "family": "GetReport", "revision": 2 },
                "responses": { "200": { "description": "OK" } } } }
            }
            """;
        using var folder = new ConnectorFolder("Families", Samples.Swagger(paths), Samples.Properties);

        var yaml = folder.ImportExactly();

        Assert.Contains("family: GetReport\n    revision: 2", yaml, StringComparison.Ordinal);
        SnapshotAssert.Matches(yaml, "Families", "yaml");
    }

    [Fact]
    public void Connector_metadata_contact_and_root_extras_are_imported_into_the_connector_section_or_extensions()
    {
        const string more = """
            ,
              "tags": [],
              "x-ms-connector-metadata": [
                { "propertyName": "Website", "propertyValue": "https://contoso.com" },
                { "propertyName": "Privacy policy", "propertyValue": "https://contoso.com/privacy" },
                { "propertyName": "Categories", "propertyValue": "AI;Data" }
              ]
            """;
        using var folder = new ConnectorFolder("Metadata", Samples.Swagger("{}", more), Samples.Properties);

        var yaml = folder.ImportExactly();

        Assert.Contains("categories: [AI, Data]", yaml, StringComparison.Ordinal);
        SnapshotAssert.Matches(yaml, "Metadata", "yaml");
    }

    [Fact]
    public void A_script_is_copied_and_its_operations_listed()
    {
        const string paths = """
            { "/echo": { "post": { "summary": "Echo", "description": "Echoes.", "operationId": "Echo", "responses": { "200": { "description": "OK" } } } } }
            """;
        const string properties = """
            { "properties": { "connectionParameters": {}, "iconBrandColor": "#007ee5", "capabilities": [], "scriptOperations": ["Echo"] } }
            """;
        using var folder = new ConnectorFolder("Script", Samples.Swagger(paths), properties);
        folder.WriteText("script.csx", "public class Script : ScriptBase\r\n{\r\n}\r\n");

        var yaml = folder.ImportExactly();
        var files = ConnectorKit.Import.ConnectorImporter.Import(folder.Path).Files;

        Assert.Contains("script:\n  file: script.csx\n  operations: [Echo]", yaml, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder.Path, "script.csx")), files.Single(f => f.RelativePath == "script.csx").Content);
    }
}
