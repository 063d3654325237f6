using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Tests.Import.Sources;

namespace ConnectorKit.Tests.Import.Postman;

/// <summary>A Postman collection v2.1 of the tests' own: URL objects, variables, folders, bodies, auth and saved responses.</summary>
public sealed class PostmanImportTests
{
    private const string Collection = """
        {
          "info": {
            "name": "Orders",
            "description": { "content": "Manages orders." },
            "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
          },
          "variable": [ { "key": "baseUrl", "value": "https://shop.test/api" } ],
          "auth": { "type": "apikey", "apikey": [ { "key": "key", "value": "X-Shop-Key" }, { "key": "value", "value": "secret-of-mine" }, { "key": "in", "value": "header" } ] },
          "item": [
            {
              "name": "Orders",
              "item": [
                {
                  "name": "Get order",
                  "request": {
                    "method": "GET",
                    "url": {
                      "raw": "{{baseUrl}}/orders/:orderId?expand=lines",
                      "host": [ "{{baseUrl}}" ],
                      "path": [ "orders", ":orderId" ],
                      "query": [ { "key": "expand", "value": "lines" } ],
                      "variable": [ { "key": "orderId", "description": "The order." } ]
                    }
                  },
                  "response": [
                    { "name": "Found", "code": 200, "status": "OK", "header": [ { "key": "Content-Type", "value": "application/json" } ], "body": "{ \"id\": \"A1\", \"total\": 12.5, \"lines\": [ { \"sku\": \"X\", \"count\": 2 } ] }" }
                  ]
                },
                {
                  "name": "Create order / draft",
                  "request": {
                    "method": "POST",
                    "header": [ { "key": "Content-Type", "value": "application/x-www-form-urlencoded" } ],
                    "body": { "mode": "urlencoded", "urlencoded": [ { "key": "sku", "value": "X" }, { "key": "count", "value": "1" } ] },
                    "url": "{{baseUrl}}/orders"
                  }
                }
              ]
            },
            {
              "name": "Elsewhere",
              "request": { "method": "GET", "url": "https://other.test/ping", "auth": { "type": "digest" } }
            }
          ]
        }
        """;

    [Fact]
    public void A_collection_becomes_operations_with_parameters_bodies_and_responses()
    {
        using var model = ImportedModel.OfText("orders.json", Collection);
        Assert.True(model.Result.Succeeded, string.Join("\n", model.Findings));
        var generation = model.Generate();
        Assert.True(generation.Succeeded, string.Join("\n", generation.Diagnostics));
        Assert.DoesNotContain(model.Validate(), d => d.Severity == Severity.Error);

        var swagger = JsonNode.Parse(generation.Files.Single(f => f.RelativePath == "apiDefinition.swagger.json").Content)!;
        Assert.Equal("shop.test", swagger["host"]!.GetValue<string>());
        var get = swagger["paths"]!["/api/orders/{orderId}"]!["get"]!;
        Assert.Equal("GetOrder", get["operationId"]!.GetValue<string>());
        Assert.Equal("""["Orders"]""", get["tags"]!.ToJsonString());
        Assert.Equal("The order.", get["parameters"]![0]!["description"]!.GetValue<string>());
        Assert.Equal("lines", get["parameters"]![1]!["default"]!.GetValue<string>());
        Assert.Equal("number", get["responses"]!["200"]!["schema"]!["properties"]!["total"]!["type"]!.GetValue<string>());
        Assert.Equal("integer", get["responses"]!["200"]!["schema"]!["properties"]!["lines"]!["items"]!["properties"]!["count"]!["type"]!.GetValue<string>());

        var post = swagger["paths"]!["/api/orders"]!["post"]!;
        Assert.Equal("Create order or draft", post["summary"]!.GetValue<string>());
        Assert.Equal("""["application/x-www-form-urlencoded"]""", post["consumes"]!.ToJsonString());
        Assert.Equal(["sku", "count"], post["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
        Assert.Equal("X-Shop-Key", swagger["securityDefinitions"]!["api_key"]!["name"]!.GetValue<string>());
        Assert.DoesNotContain("secret-of-mine", model.ConnectorYaml, StringComparison.Ordinal);
    }

    [Fact]
    public void What_a_connector_cannot_say_is_a_finding_at_its_line()
    {
        using var model = ImportedModel.OfText("orders.json", Collection);

        Assert.Equal(42, model.Finding(DiagnosticCodes.ImportNotExpressible, "this request to other.test is left out").Position.Line);
        Assert.Equal(42, model.Finding(DiagnosticCodes.ImportNotExpressible, "this 'digest' auth is left out").Position.Line);
        Assert.Equal(29, model.Finding(DiagnosticCodes.ImportDerived, "no saved response").Position.Line);
    }

    [Fact]
    public void A_collection_v2_0_with_auth_settings_as_an_object_and_a_raw_JSON_body()
    {
        using var model = ImportedModel.OfText("v20.json", """
            {
              "info": { "name": "Notes", "schema": "https://schema.getpostman.com/json/collection/v2.0.0/collection.json" },
              "auth": { "type": "basic", "basic": { "username": "me", "password": "pw" } },
              "item": [ { "name": "Add note", "request": { "method": "POST", "url": "https://notes.test/notes", "body": { "mode": "raw", "raw": "{\"text\": \"hi\", \"pinned\": true}" } } } ]
            }
            """);

        Assert.True(model.Result.Succeeded, string.Join("\n", model.Findings));
        Assert.Contains("type: basic", model.ConnectorYaml, StringComparison.Ordinal);
        var generation = model.Generate();
        var body = JsonNode.Parse(generation.Files.Single(f => f.RelativePath == "apiDefinition.swagger.json").Content)!["paths"]!["/notes"]!["post"]!["parameters"]![0]!;
        Assert.Equal("""{"type":"object","properties":{"text":{"type":"string"},"pinned":{"type":"boolean"}},"example":{"text":"hi","pinned":true}}""", body["schema"]!.ToJsonString());
    }
}
