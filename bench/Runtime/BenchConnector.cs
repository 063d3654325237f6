namespace ConnectorKit.Bench.Runtime;

/// <summary>The connector of the benchmark, written to a temporary folder: one GET, OAuth, and a subscription-key setheader policy.</summary>
internal static class BenchConnector
{
    public static string Write()
    {
        var folder = Directory.CreateTempSubdirectory("ck-bench-runtime-").FullName;
        File.WriteAllText(Path.Combine(folder, "apiDefinition.swagger.json"), """
            {
              "swagger": "2.0",
              "info": { "title": "Bench", "description": "The runtime benchmark's connector.", "version": "1.0" },
              "host": "api.example.com", "basePath": "/v1", "schemes": ["https"],
              "paths": { "/instances": { "get": { "operationId": "ListInstances", "summary": "List instances", "responses": { "200": { "description": "OK" } } } } },
              "securityDefinitions": { "oauth2-auth": { "type": "oauth2", "flow": "accessCode", "authorizationUrl": "https://login.example.com/authorize", "tokenUrl": "https://login.example.com/token", "scopes": {} } }
            }
            """);
        File.WriteAllText(Path.Combine(folder, "apiProperties.json"), """
            {
              "properties": {
                "connectionParameters": { "subscriptionKey": { "type": "securestring" } },
                "policyTemplateInstances": [
                  { "templateId": "setheader", "title": "Subscription key", "parameters": {
                    "x-ms-apimTemplateParameter.name": "Ocp-Apim-Subscription-Key",
                    "x-ms-apimTemplateParameter.value": "@connectionParameters('subscriptionKey')",
                    "x-ms-apimTemplateParameter.existsAction": "override" } }
                ]
              }
            }
            """);
        return folder;
    }
}
