namespace ConnectorKit.Tests.Validation;

/// <summary>
/// A small connector (swagger, apiProperties, script) that every rule of ours passes, certification included; each rule
/// test changes one thing in it.
/// </summary>
public static class SampleConnector
{
    public const string Swagger = """
        {
          "swagger": "2.0",
          "info": {
            "title": "Contoso Tasks",
            "description": "Contoso Tasks keeps the to-do lists of a team in one place.",
            "version": "1.0",
            "contact": { "name": "Contoso", "url": "https://contoso.example.com" }
          },
          "host": "api.contoso.example.com",
          "basePath": "/v1",
          "schemes": ["https"],
          "consumes": ["application/json"],
          "produces": ["application/json"],
          "x-ms-connector-metadata": [
            { "propertyName": "Website", "propertyValue": "https://contoso.example.com" },
            { "propertyName": "Privacy policy", "propertyValue": "https://contoso.example.com/privacy" },
            { "propertyName": "Categories", "propertyValue": "Productivity" }
          ],
          "paths": {
            "/tasks/{taskId}": {
              "get": {
                "operationId": "GetTask",
                "summary": "Get a task",
                "description": "Gets one task by its id.",
                "parameters": [
                  { "name": "taskId", "in": "path", "required": true, "type": "string", "x-ms-summary": "Task ID", "description": "The id of the task.", "x-ms-url-encoding": "single" }
                ],
                "responses": {
                  "200": { "description": "The task.", "schema": { "type": "object", "properties": { "id": { "type": "string" } } } }
                }
              }
            },
            "/hooks": {
              "post": {
                "operationId": "OnTaskCreated",
                "summary": "When a task is created",
                "description": "Triggers a flow when a task is created.",
                "x-ms-trigger": "single",
                "parameters": [
                  { "name": "body", "in": "body", "required": true, "schema": { "type": "object", "required": ["url"], "properties": { "url": { "type": "string", "x-ms-notification-url": true, "x-ms-visibility": "internal" } } } }
                ],
                "responses": {
                  "201": { "description": "The subscription was created.", "headers": { "Location": { "type": "string" } } }
                }
              }
            },
            "/hooks/{hookId}": {
              "delete": {
                "operationId": "DeleteHook",
                "summary": "Delete a subscription",
                "description": "Deletes a subscription.",
                "x-ms-visibility": "internal",
                "parameters": [
                  { "name": "hookId", "in": "path", "required": true, "type": "string", "x-ms-summary": "Subscription ID", "description": "The id of the subscription.", "x-ms-url-encoding": "single" }
                ],
                "responses": { "204": { "description": "Deleted." } }
              }
            }
          }
        }
        """;

    public const string ApiProperties = """
        {
          "properties": {
            "connectionParameters": {
              "token": {
                "type": "oauthSetting",
                "oAuthSettings": {
                  "identityProvider": "aad",
                  "clientId": "[[client-id]]",
                  "scopes": [],
                  "redirectMode": "Global",
                  "redirectUrl": "https://global.consent.azure-apim.net/redirect",
                  "customParameters": { "loginUri": { "value": "https://login.microsoftonline.com" }, "tenantId": { "value": "common" }, "resourceUri": { "value": "https://contoso.example.com" } }
                }
              },
              "region": {
                "type": "string",
                "uiDefinition": { "displayName": "Region", "description": "The region of your account.", "constraints": { "required": "true" } }
              }
            },
            "iconBrandColor": "#da3b01",
            "publisher": "Contoso",
            "stackOwner": "Contoso",
            "capabilities": [],
            "policyTemplateInstances": [
              { "templateId": "dynamichosturl", "title": "Region host", "parameters": { "x-ms-apimTemplateParameter.urlTemplate": "https://@connectionParameters('region').contoso.example.com/v1" } },
              { "templateId": "setheader", "title": "Client header", "parameters": { "x-ms-apimTemplateParameter.name": "X-Client", "x-ms-apimTemplateParameter.value": "connector", "x-ms-apimTemplateParameter.existsAction": "override", "x-ms-apimTemplate-operationName": ["GetTask"] } }
            ],
            "scriptOperations": ["GetTask"]
          }
        }
        """;

    public const string Script = """
        public class Script : ScriptBase
        {
            public override async Task<HttpResponseMessage> ExecuteAsync()
            {
                var response = await Context.SendAsync(Context.Request, CancellationToken).ConfigureAwait(false);
                var body = JObject.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
                response.Content = CreateJsonContent(body.ToString());
                return response;
            }
        }
        """;
}
