using System.Text.Json.Nodes;
using ConnectorKit.Definition;

namespace ConnectorKit.Tests.ClientGeneration;

/// <summary>Small connector definitions that each exercise one area of the client generator.</summary>
public static class FocusedDefinitions
{
    /// <summary>Parameters in every location, typed scalars, open enums, records with required members, composition and bodies.</summary>
    public const string Actions = """
        {
          "swagger": "2.0",
          "info": { "title": "Contoso Orders", "description": "Orders of Contoso.", "version": "1.0" },
          "host": "api.contoso.test", "basePath": "/v2/", "schemes": ["https"],
          "consumes": ["application/json"], "produces": ["application/json"],
          "paths": {
            "/orders/{orderId}": {
              "parameters": [ { "name": "orderId", "in": "path", "required": true, "type": "string", "format": "uuid" } ],
              "get": {
                "operationId": "GetOrder", "summary": "Get an order", "description": "Gets one order by its ID.",
                "parameters": [
                  { "name": "expand", "in": "query", "type": "array", "items": { "type": "string" }, "collectionFormat": "multi" },
                  { "name": "X-Request-Id", "in": "header", "type": "string", "x-ms-summary": "Request ID" },
                  { "name": "api-version", "in": "query", "required": true, "type": "string", "default": "2024-01-01", "x-ms-visibility": "internal" }
                ],
                "responses": { "200": { "description": "The order.", "schema": { "$ref": "#/definitions/Order" } }, "404": { "description": "No such order." } }
              },
              "put": {
                "operationId": "ReplaceOrder", "summary": "Replace an order", "deprecated": true,
                "parameters": [ { "name": "order", "in": "body", "required": true, "schema": { "$ref": "#/definitions/Order" } } ],
                "responses": { "204": { "description": "Replaced." } }
              }
            },
            "/orders/{orderId}/lines/{lineNumber}": {
              "get": {
                "operationId": "GetOrderLine",
                "parameters": [
                  { "name": "orderId", "in": "path", "required": true, "type": "string", "x-ms-url-encoding": "double" },
                  { "name": "lineNumber", "in": "path", "required": true, "type": "integer", "format": "int32" },
                  { "name": "since", "in": "query", "type": "string", "format": "date-time" }
                ],
                "responses": { "200": { "description": "The line.", "schema": { "type": "object", "properties": { "sku": { "type": "string" }, "quantity": { "type": "number", "format": "double" } } } } }
              }
            },
            "/orders/{orderId}/attachments": {
              "post": {
                "operationId": "AddAttachment", "consumes": ["multipart/form-data"],
                "parameters": [
                  { "name": "orderId", "in": "path", "required": true, "type": "string" },
                  { "name": "file", "in": "formData", "required": true, "type": "file" },
                  { "name": "caption", "in": "formData", "type": "string" }
                ],
                "responses": { "200": { "description": "The stored file.", "schema": { "type": "string", "format": "binary" } } }
              }
            },
            "/orders/search": {
              "post": {
                "operationId": "SearchOrders",
                "parameters": [ { "name": "query", "in": "body", "schema": { "type": "object", "x-ms-dynamic-schema": { "operationId": "GetOrder" } } } ],
                "responses": { "200": { "description": "Matches.", "schema": { "type": "array", "items": { "$ref": "#/definitions/Order" } } } }
              }
            }
          },
          "definitions": {
            "Order": {
              "type": "object", "description": "An order.", "required": ["id", "status"],
              "allOf": [ { "$ref": "#/definitions/Audited" } ],
              "properties": {
                "id": { "type": "string", "format": "uuid" },
                "status": { "type": "string", "enum": ["open", "shipped", "cancelled"], "description": "Where the order is." },
                "total": { "type": "number", "format": "decimal" },
                "tags": { "type": "object", "additionalProperties": { "type": "string" } },
                "customer": { "type": "object", "properties": { "name": { "type": "string" }, "vip": { "type": "boolean" } } }
              }
            },
            "Audited": { "type": "object", "properties": { "createdAt": { "type": "string", "format": "date-time" }, "createdOn": { "type": "string", "format": "date" } } }
          }
        }
        """;

    /// <summary>A pageable operation whose page holds a typed item array.</summary>
    public const string Paging = """
        {
          "swagger": "2.0",
          "info": { "title": "Paged Things", "version": "1.0" },
          "host": "things.test",
          "paths": {
            "/things": {
              "get": {
                "operationId": "ListThings", "x-ms-pageable": { "nextLinkName": "next" },
                "parameters": [ { "name": "$top", "in": "query", "type": "integer" } ],
                "responses": { "200": { "description": "A page.", "schema": { "$ref": "#/definitions/ThingPage" } } }
              }
            }
          },
          "definitions": {
            "ThingPage": { "type": "object", "properties": { "value": { "type": "array", "items": { "$ref": "#/definitions/Thing" } }, "next": { "type": "string" } } },
            "Thing": { "type": "object", "properties": { "name": { "type": "string" } } }
          }
        }
        """;

    /// <summary>Webhook triggers with their payloads and unsubscribe operation, API-key security and header policies.</summary>
    public const string Webhooks = """
        {
          "swagger": "2.0",
          "info": { "title": "Alerts", "version": "1.0" },
          "host": "alerts.test", "basePath": "/api",
          "securityDefinitions": { "api_key": { "type": "apiKey", "in": "header", "name": "X-Api-Key" }, "basic": { "type": "basic" } },
          "paths": {
            "/hooks/alert": {
              "x-ms-notification-content": { "description": "An alert.", "schema": { "$ref": "#/definitions/Alert" } },
              "post": {
                "operationId": "OnAlert", "summary": "When an alert fires", "x-ms-trigger": "single",
                "parameters": [ { "name": "body", "in": "body", "required": true, "schema": { "type": "object", "required": ["callbackUrl"],
                  "properties": { "callbackUrl": { "type": "string", "x-ms-notification-url": true, "x-ms-visibility": "internal" }, "level": { "type": "integer" } } } } ],
                "responses": { "201": { "description": "Subscribed." } }
              }
            },
            "/hooks/{id}": {
              "delete": {
                "operationId": "DeleteHook", "x-ms-visibility": "internal",
                "parameters": [ { "name": "id", "in": "path", "required": true, "type": "string" } ],
                "responses": { "200": { "description": "Deleted." } }
              }
            }
          },
          "definitions": {
            "Alert": { "type": "object", "required": ["message"], "properties": { "message": { "type": "string" }, "level": { "type": "integer", "format": "int32" } } }
          }
        }
        """;

    public const string WebhookProperties = """
        {
          "properties": {
            "connectionParameters": { "tenant": { "type": "string", "uiDefinition": { "description": "The tenant to act in." } } },
            "policyTemplateInstances": [
              { "templateId": "setheader", "title": "Tenant", "parameters": {
                "x-ms-apimTemplateParameter.name": "X-Tenant", "x-ms-apimTemplateParameter.value": "@connectionParameters('tenant')",
                "x-ms-apimTemplateParameter.existsAction": "override", "x-ms-apimTemplate-policySection": "Request" } },
              { "templateId": "setheader", "title": "Client", "parameters": {
                "x-ms-apimTemplateParameter.name": "X-Client", "x-ms-apimTemplateParameter.value": "connectorkit",
                "x-ms-apimTemplateParameter.existsAction": "override", "x-ms-apimTemplate-operationName": ["DeleteHook"] } }
            ]
          }
        }
        """;

    public static ConnectorDefinition Parse(string swagger, string? properties = null) =>
        new((JsonObject)JsonNode.Parse(swagger)!, properties is null ? null : (JsonObject)JsonNode.Parse(properties)!);
}
