using ConnectorKit.Tests.Snapshots;

namespace ConnectorKit.Tests.Import;

/// <summary>Webhook subscriptions whose body is not the last parameter, or references a definition, import as triggers.</summary>
public sealed class WebhookImportTests
{
    private const string Paths = """
        {
          "/hooks/locked": {
            "post": {
              "summary": "When a file is locked", "description": "Fires when a file is locked.", "operationId": "OnFileLocked", "x-ms-trigger": "single",
              "parameters": [
                {
                  "name": "body", "in": "body", "required": true,
                  "schema": { "type": "object", "properties": { "url": { "type": "string", "x-ms-notification-url": true, "x-ms-visibility": "internal" } }, "required": ["url"] }
                },
                { "name": "folder", "in": "query", "required": true, "type": "string", "x-ms-summary": "Folder" }
              ],
              "responses": { "201": { "description": "Created" } }
            }
          },
          "/hooks/orders": {
            "post": {
              "summary": "When an order is created", "description": "Fires when an order is created.", "operationId": "OnOrderCreated", "x-ms-trigger": "single",
              "parameters": [ { "name": "Registration", "in": "body", "required": true, "x-ms-summary": "Registration", "schema": { "$ref": "#/definitions/Registration" } } ],
              "responses": { "201": { "description": "Created" } }
            }
          },
          "/hooks/{id}": {
            "delete": {
              "summary": "Unsubscribe", "description": "Ends a subscription.", "operationId": "DeleteHook", "x-ms-visibility": "internal",
              "parameters": [ { "name": "id", "in": "path", "required": true, "type": "string" } ],
              "responses": { "204": { "description": "Deleted" } }
            }
          }
        }
        """;

    private const string Definitions = """
        ,
          "definitions": {
            "Registration": {
              "type": "object", "required": ["store", "callback"],
              "properties": {
                "store": { "type": "string", "x-ms-summary": "Store" },
                "callback": { "type": "string", "x-ms-notification-url": true, "x-ms-visibility": "internal" }
              }
            }
          }
        """;

    [Fact]
    public void A_body_before_other_parameters_and_a_body_referencing_a_definition_import_as_webhook_triggers()
    {
        using var folder = new ConnectorFolder("WebhookBodies", Samples.Swagger(Paths, Definitions), Samples.Properties);

        var yaml = folder.ImportExactly();

        Assert.DoesNotContain("actions:\n  OnFileLocked", yaml, StringComparison.Ordinal);
        Assert.Contains("      callbackProperty: url\n      bodyPosition: 0\n", yaml, StringComparison.Ordinal);
        Assert.Contains("      bodySchema: Registration\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("x-ms-trigger", yaml, StringComparison.Ordinal);
        SnapshotAssert.Matches(yaml, "WebhookBodies", "yaml");
    }

    /// <summary>A subscription whose filters and callback carry schema keys, with its own required list and a bare notification content.</summary>
    private const string Labelled = """
        {
          "/hooks": {
            "post": {
              "summary": "When an order is created", "description": "Fires when an order is created.", "operationId": "OnOrderCreated", "x-ms-trigger": "single",
              "x-ms-trigger-hint": "Create an order.",
              "parameters": [
                {
                  "name": "body", "in": "body", "required": true,
                  "schema": {
                    "type": "object", "required": ["store", "url"], "x-ms-visibility": "important",
                    "properties": {
                      "url": { "type": "string", "x-ms-notification-url": true, "x-ms-visibility": "internal", "title": "Callback", "default": "https://contoso.com" },
                      "store": { "type": "string", "title": "Store" },
                      "options": { "type": "object", "required": ["kind"], "properties": { "kind": { "type": "string", "title": "Kind" } } },
                      "tags": { "type": "array", "items": { "type": "string", "x-ms-summary": "Tag" } }
                    }
                  }
                }
              ],
              "responses": { "201": { "description": "Created" } }
            },
            "x-ms-notification-content": { "schema": { "type": "object" }, "headers": { "X-Signature": { "type": "string" } } }
          },
          "/hooks/{id}": {
            "delete": {
              "summary": "Unsubscribe", "description": "Ends a subscription.", "operationId": "DeleteHook", "x-ms-visibility": "internal",
              "parameters": [ { "name": "id", "in": "path", "required": true, "type": "string" } ],
              "responses": { "204": { "description": "Deleted" } }
            }
          }
        }
        """;

    [Fact]
    public void Schema_keys_of_filters_callback_and_body_and_a_bare_notification_content_import_in_the_model_words()
    {
        using var folder = new ConnectorFolder("WebhookSchemaKeys", Samples.Swagger(Labelled), Samples.Properties);

        var yaml = folder.ImportExactly();

        SnapshotAssert.Matches(yaml, "WebhookSchemaKeys", "yaml");
        Assert.DoesNotContain("xtensions", yaml, StringComparison.Ordinal);
        Assert.Contains("        schema:\n          visibility: important\n          required: [store, url]\n", yaml, StringComparison.Ordinal);
        Assert.Contains("        title: Callback\n        default: https://contoso.com\n", yaml, StringComparison.Ordinal);
        Assert.Contains("      notificationDescription: null\n      notificationHeaders:\n", yaml, StringComparison.Ordinal);
        Assert.Contains("        requiredProperties: [kind]\n", yaml, StringComparison.Ordinal);
        Assert.Contains("      hint: Create an order.\n", yaml, StringComparison.Ordinal);
        Assert.Contains("        items:\n          type: string\n          summary: Tag\n", yaml, StringComparison.Ordinal);
    }
}
