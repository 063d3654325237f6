using System.Text.Json.Nodes;
using ConnectorKit.Conformance;
using ConnectorKit.Tests.TestSupport;

namespace ConnectorKit.Tests.Conformance;

public sealed class SchemaConformanceTests
{
    private static readonly JsonObject Document = JsonNode.Parse("""
        {
          "definitions": {
            "Event": {
              "type": "object",
              "required": ["id", "when"],
              "properties": {
                "id": { "type": "string", "format": "uuid", "x-ms-summary": "ID" },
                "when": { "type": "string", "format": "date-time" },
                "count": { "type": "integer", "format": "int32", "minimum": 0 },
                "state": { "type": "string", "enum": ["on", "off"] },
                "steps": { "type": "array", "items": { "$ref": "#/definitions/Step" } },
                "note": { "type": "string", "x-nullable": true }
              }
            },
            "Step": {
              "type": "object",
              "properties": { "name": { "type": "string" }, "ratio": { "type": "number", "maximum": 1 } },
              "additionalProperties": false
            },
            "Loop": { "$ref": "#/definitions/Loop" }
          }
        }
        """)!.AsObject();

    private static readonly JsonObject EventSchema = new() { ["$ref"] = "#/definitions/Event" };

    private static IReadOnlyList<ConformanceFinding> Check(string json, JsonNode? schema = null) =>
        new SchemaConformance(Document).Check(JsonNode.Parse(json), schema ?? EventSchema.DeepClone());

    [Fact]
    public void ConformingValueHasNoFindings()
    {
        var findings = Check("""
            { "id": "3f2b9c1e-0d4a-4b7e-9a51-2c6d8e0f1a2b", "when": "2026-11-30T01:10:02Z", "count": 3, "state": "on",
              "steps": [ { "name": "map", "ratio": 0.5 } ], "note": null, "extra": "allowed without additionalProperties" }
            """);

        Assert.Empty(findings);
    }

    [Fact]
    public void EachMismatchNamesThePointerOfTheValue()
    {
        var findings = Check("""
            { "id": "not-a-guid", "count": -1, "state": "dim", "steps": [ { "name": 7, "ratio": 2, "other": true } ] }
            """);

        Assert.Equal(
        [
            "/when: The required property 'when' is missing.",
            "/id: 'not-a-guid' is not a valid uuid.",
            "/count: -1 is below the minimum 0.",
            "/state: \"dim\" is not one of the allowed values: \"on\", \"off\".",
            "/steps/0/name: The value is an integer; the schema expects a string.",
            "/steps/0/ratio: 2 is above the maximum 1.",
            "/steps/0/other: The property 'other' is not in the schema, which allows no other properties.",
        ], findings.Select(f => f.ToString()));
    }

    [Theory]
    [InlineData("\"text\"", "(root): The value is a string; the schema expects an object.")]
    [InlineData("null", "(root): The value is null; the schema expects an object.")]
    [InlineData("{ \"id\": \"3f2b9c1e-0d4a-4b7e-9a51-2c6d8e0f1a2b\", \"when\": \"30/11/2026\" }", "/when: '30/11/2026' is not a valid date-time.")]
    [InlineData("{ \"id\": \"3f2b9c1e-0d4a-4b7e-9a51-2c6d8e0f1a2b\", \"when\": \"2026-11-30T01:10:02Z\", \"count\": 1.5 }", "/count: The value is a number; the schema expects an integer.")]
    [InlineData("{ \"id\": \"3f2b9c1e-0d4a-4b7e-9a51-2c6d8e0f1a2b\", \"when\": \"2026-11-30T01:10:02Z\", \"count\": 3000000000 }", "/count: 3000000000 is outside the range of an int32.")]
    public void KindsAndFormatsAreChecked(string json, string expected) =>
        Assert.Equal([expected], Check(json).Select(f => f.ToString()));

    [Fact]
    public void ReferenceThatDoesNotResolveIsAFindingNotAnException()
    {
        var findings = Check("{}", new JsonObject { ["$ref"] = "#/definitions/Missing" });

        Assert.Equal(["(root): The schema reference '#/definitions/Missing' does not resolve in the definition."], findings.Select(f => f.ToString()));
    }

    [Fact]
    public void ReferenceCycleIsReportedAndEnds()
    {
        var findings = Check("{}", new JsonObject { ["$ref"] = "#/definitions/Loop" });

        Assert.Contains("chain longer than", Assert.Single(findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SchemasThatMultiplyThemselvesStopWithAFindingInsteadOfHanging()
    {
        var document = JsonNode.Parse("""
            { "definitions": { "Twice": { "allOf": [ { "$ref": "#/definitions/Twice" }, { "$ref": "#/definitions/Twice" } ] } } }
            """)!.AsObject();

        var findings = new SchemaConformance(document).Check(JsonNode.Parse("{}"), new JsonObject { ["$ref"] = "#/definitions/Twice" });

        Assert.Contains(findings, f => f.Message.Contains("more than 200000 checks", StringComparison.Ordinal));
    }

    [Fact]
    public void DynamicSchemaOnlyFixesTheType()
    {
        var schema = JsonNode.Parse("""{ "type": "object", "x-ms-dynamic-schema": { "operationId": "GetEntitySchema", "value-path": "schema" } }""");

        Assert.Empty(Check("""{ "anything": [1, "two"] }""", schema));
        Assert.Single(Check("[]", schema));
    }

    [Fact]
    public void DeeplyNestedValueStopsWithAFinding()
    {
        var json = string.Concat(Enumerable.Repeat("[", 200)) + string.Concat(Enumerable.Repeat("]", 200));
        var schema = new JsonObject { ["type"] = "array" };
        for (var depth = 0; depth < 200; depth++)
        {
            schema = new JsonObject { ["type"] = "array", ["items"] = schema };
        }

        var findings = new SchemaConformance(Document).Check(JsonNode.Parse(json, documentOptions: new System.Text.Json.JsonDocumentOptions { MaxDepth = 256 }), schema);

        Assert.Contains("nested deeper than", Assert.Single(findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CustomerInsightsNotificationSchemasAcceptTheirOwnExamplesAndRejectAWrongEnum()
    {
        var definition = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "apiDefinition.swagger.json")))!.AsObject();
        var checker = new SchemaConformance(definition);
        var schema = definition["paths"]!["/instances/{dataset}/triggers/dataSourceRefreshFailed"]!["x-ms-notification-content"]!["schema"];
        var payload = JsonNode.Parse("""
            { "instanceId": "5c1f0e9a-7b2d-4e83-9a61-3f4d2b8c0e17", "eventTime": "2026-12-01T08:00:00.000Z",
              "subscriptionId": "0f6a2d4e-91c3-4b57-8e2a-6d1c9b3f7a05", "dataSourceId": "b2c8f4a1-6e3d-4d9b-a7f0-5c1e8d2b6a93",
              "refreshState": "updateFailed", "errorMessage": "timed out" }
            """)!;

        Assert.Empty(checker.Check(payload, schema));
        payload["refreshState"] = "failed";
        Assert.Equal("/refreshState", Assert.Single(checker.Check(payload, schema)).Pointer);
    }
}
