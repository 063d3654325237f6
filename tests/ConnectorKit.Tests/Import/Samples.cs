namespace ConnectorKit.Tests.Import;

/// <summary>Small connectors, each showing the constructs one import test is about.</summary>
internal static class Samples
{
    public const string Properties = """
        { "properties": { "connectionParameters": {}, "iconBrandColor": "#007ee5", "capabilities": [], "publisher": "Contoso", "stackOwner": "Contoso" } }
        """;

    /// <summary>apiProperties.json with <paramref name="connectionParameters"/> (a JSON object) and the usual listing keys.</summary>
    public static string PropertiesWith(string connectionParameters) =>
        $$"""{ "properties": { "connectionParameters": {{connectionParameters}}, "iconBrandColor": "#007ee5", "capabilities": [] } }""";

    /// <summary>The root <c>security</c> key, as <see cref="Swagger"/>'s further root keys, holding <paramref name="requirements"/>.</summary>
    public static string SecurityRequirements(string requirements) => ",\n  \"security\": " + requirements;

    /// <summary>A swagger root around <paramref name="paths"/>, its security definitions and <paramref name="more"/> root keys.</summary>
    public static string Swagger(string paths, string more = "", string securityDefinitions = "{}") => $$"""
        {
          "swagger": "2.0",
          "info": { "title": "Contoso", "description": "Contoso's API.", "version": "1.0" },
          "host": "api.contoso.com",
          "basePath": "/v1",
          "schemes": ["https"],
          "paths": {{paths}},
          "securityDefinitions": {{securityDefinitions}}{{more}}
        }
        """;

    public const string WebhookPaths = """
        {
          "/hooks": {
            "post": {
              "summary": "When an order is created",
              "description": "Fires when an order is created.",
              "operationId": "OnOrderCreated",
              "x-ms-trigger": "single",
              "parameters": [
                {
                  "name": "body", "in": "body", "required": true,
                  "schema": {
                    "type": "object",
                    "required": ["url"],
                    "properties": {
                      "url": { "type": "string", "x-ms-notification-url": true, "x-ms-visibility": "internal", "title": "" },
                      "store": {
                        "type": "string", "x-ms-summary": "Store",
                        "x-ms-dynamic-values": { "operationId": "ListStores", "value-path": "id", "value-title": "name" }
                      }
                    }
                  }
                }
              ],
              "responses": { "200": { "description": "Subscribed" } }
            },
            "x-ms-notification-content": {
              "description": "The new order",
              "schema": { "$ref": "#/definitions/Order" }
            }
          },
          "/hooks/{id}": {
            "delete": {
              "summary": "Unsubscribe", "description": "Ends a subscription.", "operationId": "DeleteHook", "x-ms-visibility": "internal",
              "parameters": [ { "name": "id", "in": "path", "required": true, "type": "string" } ],
              "responses": { "204": { "description": "Deleted" } }
            }
          },
          "/stores": {
            "get": {
              "summary": "List stores", "description": "Lists the stores.", "operationId": "ListStores", "x-ms-visibility": "internal",
              "responses": { "200": { "description": "OK", "schema": { "type": "array", "items": { "$ref": "#/definitions/Store" } } } }
            }
          }
        }
        """;

    public const string WebhookDefinitions = """
        ,
          "definitions": {
            "Order": { "type": "object", "properties": { "id": { "type": "string" }, "total": { "type": "number", "format": "double", "default": 1.0 } } },
            "Store": { "type": "object", "properties": { "id": { "type": "string" }, "name": { "type": "string" } } }
          }
        """;

    public const string PollingPaths = """
        {
          "/orders/new": {
            "get": {
              "summary": "When new orders arrive", "description": "Polls for new orders.", "operationId": "OnNewOrders",
              "x-ms-trigger": "batch", "x-ms-trigger-hint": "Create an order to see it fire.",
              "parameters": [ { "name": "since", "in": "query", "required": false, "type": "string", "format": "date-time", "x-ms-visibility": "internal" } ],
              "responses": { "200": { "description": "New orders", "schema": { "type": "object", "properties": { "value": { "type": "array", "items": { "type": "object" } } } } } }
            }
          }
        }
        """;

    public const string PollingProperties = """
        {
          "properties": {
            "connectionParameters": {},
            "iconBrandColor": "#007ee5",
            "capabilities": ["triggers"],
            "policyTemplateInstances": [
              {
                "templateId": "pollingtrigger",
                "title": "New orders",
                "parameters": {
                  "x-ms-apimTemplateParameter.triggerConfig": "{\"sinceParameterName\":\"since\"}",
                  "x-ms-apimTemplateParameter.triggerDataPath": "@body().value",
                  "x-ms-apimTemplate-operationName": ["OnNewOrders"],
                  "x-ms-apimTemplate-policySection": "Response"
                }
              }
            ]
          }
        }
        """;
}
