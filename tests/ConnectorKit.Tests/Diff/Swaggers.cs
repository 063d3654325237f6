namespace ConnectorKit.Tests.Diff;

/// <summary>Minimal swagger documents for the diff tests: a fixed frame around the paths (and definitions) a test varies.</summary>
internal static class Swaggers
{
    public static string With(string paths, string definitions = "{}", string parameters = "{}", string security = "{}") => $$"""
        {
          "swagger": "2.0",
          "info": { "title": "Sample", "description": "A sample connector for the diff tests.", "version": "1.0" },
          "host": "api.example.com",
          "basePath": "/",
          "schemes": ["https"],
          "paths": {{paths}},
          "definitions": {{definitions}},
          "parameters": {{parameters}},
          "securityDefinitions": {{security}}
        }
        """;

    /// <summary>One GET /items operation, GetItems, with the given parameters and 200 response schema.</summary>
    public static string GetItems(string parameters = "[]", string schema = """{ "type": "object" }""", string extra = "") => With($$"""
        {
            "/items": {
              "get": {
                "operationId": "GetItems",{{extra}}
                "parameters": {{parameters}},
                "responses": { "200": { "description": "OK", "schema": {{schema}} } }
              }
            }
          }
        """);
}
